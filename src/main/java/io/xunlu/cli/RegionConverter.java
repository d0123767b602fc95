package io.xunlu.cli;

import io.xunlu.extract.place.Gazetteer;
import io.xunlu.region.DivisionCodes;
import io.xunlu.region.RegionOption;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --region CODE|NAME, checked against the gazetteer when the command line is read (a usage error, exit 2). */
public final class RegionConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            return DivisionCodes.gbCode(RegionOption.parse(Gazetteer.standard(), value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
