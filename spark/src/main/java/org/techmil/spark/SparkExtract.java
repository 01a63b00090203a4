package org.techmil.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.techmil.ingest.ArticleHandler;
import org.techmil.ingest.ArticleReader;
import org.techmil.ingest.Incoming;
import org.techmil.ingest.InputException;
import org.techmil.ingest.Inputs;
import org.techmil.pipeline.Pipeline;

/**
 * techmil's clean and extract stage as an Apache Spark job: the input files (WARC, .warc.gz, JSON lines, .html.gz or
 * single pages) are spread over the executors, one task per file; each task streams its file with
 * {@link ArticleReader}, runs every article through one {@link Pipeline} per executor JVM, and emits each article's
 * named graph as N-Quads lines, exactly what {@code techmil extract --format nquads} prints. The output folder holds
 * one N-Quads partition per task ({@code part-00000} ...), for {@code tdb2.xloader} or a remote store's bulk loader.
 *
 * <pre>spark-submit --class org.techmil.spark.SparkExtract techmil-spark.jar OUT_FOLDER INPUT...</pre>
 * <p>
 * Inputs are expanded as {@code techmil build} does (folders walked, notes and hidden files left out). Articles that
 * fail to clean are left out and named on the executor's stderr.
 */
public final class SparkExtract {
    private SparkExtract() {
    }

    /** One Pipeline per executor JVM: it is thread-safe and costs about a second to load. */
    private static volatile Pipeline pipeline;

    private static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null)
            synchronized (SparkExtract.class) {
                if (pipeline == null)
                    pipeline = Pipeline.create(null);
                p = pipeline;
            }
        return p;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SparkExtract OUT_FOLDER INPUT...");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("techmil-extract");
        if (!conf.contains("spark.master"))
            conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long articles = run(sc, List.of(args).subList(1, args.length), args[0]);
            System.err.println("extracted " + articles + " articles into " + args[0]);
        }
    }

    /** Runs the job; returns the number of articles written. */
    public static long run(JavaSparkContext sc, List<String> inputs, String out) throws Exception {
        // the same expansion as techmil build and extract: folders walked, notes and hidden files left out
        List<String> files = new ArrayList<>();
        for (Path p : Inputs.expand(inputs.stream().map(Path::of).toList()))
            files.add(p.toString());
        var articles = sc.sc().longAccumulator("articles");
        var failed = sc.sc().longAccumulator("failed");
        JavaRDD<String> quads = sc.parallelize(files, Math.max(1, files.size())).flatMap(file -> {
            List<String> graphs = new ArrayList<>();
            Pipeline p = pipeline();
            ArticleReader.read(Path.of(file), new ArticleHandler() {
                @Override
                public boolean article(Incoming in) {
                    try {
                        Pipeline.Result r = p.process(in);
                        graphs.add(nquads(r));
                        articles.add(1);
                    } catch (InputException e) {
                        failed.add(1);
                        System.err.println("techmil-spark: " + e.getMessage());
                    }
                    return true;
                }

                @Override
                public void failed(InputException e) {
                    failed.add(1);
                    System.err.println("techmil-spark: " + e.getMessage());
                }
            });
            return graphs.iterator();
        });
        quads.saveAsTextFile(out);
        if (failed.value() > 0)
            System.err.println("techmil-spark: " + failed.value() + " inputs failed");
        return articles.value();
    }

    /** One article's named graph as N-Quads text, without the final line break (saveAsTextFile adds it). */
    static String nquads(Pipeline.Result r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(bytes, Iter.map(r.graph().find(), t -> new Quad(r.graphName(), t)));
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

}
