// Dev/CI-only launcher: runs an embedded Neo4j Community DBMS that listens for Bolt
// on 127.0.0.1:<port>, with authentication on. Driven by neo4j.sh; not part of stancegraph.
//
// Usage: java [jvm flags] -cp <neo4j classpath>:<launcher.jar or class dir> Launcher <home-dir> <port>
//        (or single-file mode: java [jvm flags] -cp <neo4j classpath> Launcher.java <home-dir> <port>)
// Env:   NEO4J_PASSWORD           password to set for user "neo4j" (required, >= 8 chars)
//        NEO4J_PAGECACHE_MB       page cache size in MiB (default 512)
//        STANCEGRAPH_NEO4J_CONF   optional neo4j.conf-style file with extra settings
// LOAD CSV reads file:/// URLs from <home-dir>/import (created here), as a packaged Neo4j does.
//
// Prints "STANCEGRAPH_NEO4J_READY bolt://127.0.0.1:<port>" once Bolt accepts authenticated
// sessions, "STANCEGRAPH_NEO4J_STOPPED" after a clean shutdown (SIGTERM/SIGINT).

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length != 2) {
            System.err.println("usage: Launcher <home-dir> <port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set and at least 8 characters long");
            System.exit(2);
        }
        long pageCacheMb = Long.parseLong(System.getenv().getOrDefault("NEO4J_PAGECACHE_MB", "512"));
        Files.createDirectories(home);
        Path importDir = Files.createDirectories(home.resolve("import"));

        long t0 = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV 'file:///x.csv' means <home>/import/x.csv, never any other file.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                // Never lock the account after failed logins (default: 3 failures -> 5 s lock, during
                // which even the right password gets AuthenticationRateLimit). Tests probe bad passwords.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                // Dev data: don't reserve 256 MiB per transaction log file up front.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // On stop, give still-open transactions 3 s (default 10 s) before terminating them.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(3))
                // Netty's default 5 s "quiet period", paid twice, made every stop take 10+ s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        String extraConf = System.getenv("STANCEGRAPH_NEO4J_CONF");
        if (extraConf != null && !extraConf.isBlank()) {
            builder.loadPropertiesFromFile(Path.of(extraConf));
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (Throwable t) {
            System.err.println("STANCEGRAPH_NEO4J_FAILED " + t);
            t.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                out.println("STANCEGRAPH_NEO4J_STOPPED");
                out.flush();
            } finally {
                stopped.countDown();
            }
        }, "stancegraph-neo4j-shutdown"));

        try {
            // Embedded mode creates user neo4j with password "neo4j" and "change required".
            // Set the requested password on every start (so NEO4J_PASSWORD may change between runs).
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (QueryExecutionException e) {
                // Restart with an unchanged password: Neo4j refuses to "change" it to itself.
                if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                    throw e;
                }
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
            }
            // Fail fast if the default database is not usable.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable t) {
            System.err.println("STANCEGRAPH_NEO4J_FAILED " + t);
            t.printStackTrace();
            System.exit(1); // runs the shutdown hook
        }

        out.printf("STANCEGRAPH_NEO4J_READY bolt://127.0.0.1:%d (neo4j %s, home %s, started in %.1fs)%n",
                port, org.neo4j.kernel.internal.Version.getNeo4jVersion(), home,
                (System.nanoTime() - t0) / 1e9);
        out.flush();
        stopped.await();
    }
}
