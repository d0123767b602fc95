package io.xunlu.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * An in-process Spark for tests: local[2], no web UI, bound to the loopback interface only (the
 * test machine is shared and CI's network is not ours to open), warnings-only logging, and the
 * local disk also reachable as a non-local file system ({@link ElsewhereFileSystem}).
 */
final class LocalSpark {
    private LocalSpark() {}

    static JavaSparkContext start() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile",
                    LocalSpark.class.getResource("/io/xunlu/spark/log4j2-quiet.properties").toString());
        }
        SparkConf conf = new SparkConf()
                .setMaster("local[2]")
                .setAppName("xunlu-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.shuffle.service.enabled", "false")
                .set("spark.eventLog.enabled", "false")
                .set("spark.hadoop.fs." + ElsewhereFileSystem.SCHEME + ".impl", ElsewhereFileSystem.class.getName());
        JavaSparkContext sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        return sc;
    }
}
