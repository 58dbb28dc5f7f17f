package io.github.caeimpact.examples.cli;

import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code impact} command line: validate datasets and impact maps, measure indicators, value
 * outcomes with SROI, and run the demonstration on the shipped sample cooperative.
 *
 * <p>Exit status: 0 on success; 1 when the input is read but invalid (one line per problem on
 * standard error, each naming its JSON path); 2 when the arguments are unusable or a file cannot
 * be read; 3 on an unexpected failure (a defect: the stack trace is printed).
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = ImpactCli.Version.class,
        description = "CAE-IMPACT: measure and value the social impact of business and employment cooperatives.",
        subcommands = {ValidateCommand.class, MeasureCommand.class, EsfCommand.class, SroiCommand.class, BenchmarkCommand.class,
            ReportCommand.class, DemoCommand.class, SampleCommand.class, ImportCommand.class, ExportCommand.class,
            QuestionnaireCommand.class, ConvertCommand.class})
public final class ImpactCli {

    /** Exit status when the input was read but is invalid. */
    public static final int INVALID_INPUT = 1;

    /** Exit status when the arguments are unusable or a file cannot be read. */
    public static final int UNUSABLE = 2;

    /** Exit status on an unexpected failure. */
    public static final int FAILURE = 3;

    /** Held so that the logger, and the level set on it, is not garbage-collected. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

    /** Creates the top-level command; picocli calls it. */
    public ImpactCli() {
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO on first use; a command line keeps
        // standard error for the user's problems.
        HIBERNATE_LOG.setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(out, err, args);
        } catch (Throwable failure) { // an Error (OutOfMemoryError...) is a failure, never "invalid input"
            failure.printStackTrace(err);
            err.flush();
            status = FAILURE;
        }
        System.exit(status);
    }

    /**
     * Runs the command line with the given output streams, without exiting.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the arguments
     * @return the exit status (see the class description)
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ImpactCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> handle(failure, err));
        int status = commandLine.execute(args);
        out.flush();
        if (out.checkError() && status != FAILURE) {
            // A full disk or a closed pipe: the result was not written, so the run did not succeed.
            err.println("error: cannot write the result to standard output");
            status = UNUSABLE;
        }
        err.flush();
        return status;
    }

    private static int handle(Exception failure, PrintWriter err) {
        if (failure instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.report().errors()) {
                err.println(problem);
            }
            return INVALID_INPUT;
        }
        if (failure instanceof UnusableInputException unusable) {
            err.println("error: " + unusable.getMessage());
            return UNUSABLE;
        }
        if (failure instanceof UncheckedIOException io) {
            err.println("error: " + Inputs.reason(io.getCause()));
            return UNUSABLE;
        }
        failure.printStackTrace(err);
        return FAILURE;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ImpactCli.class.getPackage().getImplementationVersion();
            return new String[] {"impact " + (version == null ? "(development build)" : version)};
        }
    }
}
