/**
 * {@code xunlu eval}: scores an engine's contract JSON against gold annotations (ANNOTATION.md).
 *
 * <p>Top to bottom: {@link io.xunlu.eval.GoldCorpus} finds NAME.gold.json beside its input; a
 * {@link io.xunlu.eval.DocumentSource} (our engine, or {@link io.xunlu.eval.HanLPBaseline}) turns each
 * input into a document; {@link io.xunlu.eval.Scorer} aligns the articles of each file, matches items
 * field by field and adds up an {@link io.xunlu.eval.EvalReport}; {@link io.xunlu.eval.ReportPrinter}
 * renders it. {@link io.xunlu.eval.EvalCommand} is the picocli command that wires these together.
 *
 * <p>The scorer depends only on the JSON shape, never on engine classes, so a stored run of any
 * engine can be scored the same way.
 */
package io.xunlu.eval;
