package org.distsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shell command that reruns a run exactly: {@code ./distsim run <file as given> --seed <seed>},
 * then the {@code --set} and {@code --duration} arguments as given. Arguments a POSIX shell would
 * split or expand are single-quoted, so the line can be pasted as it is.
 *
 * <p>The program name is {@code ./distsim} unless the launcher script says how it was invoked
 * (system property {@code distsim.command}, set to the script's {@code $0}), so the line also works
 * from another directory.
 */
final class ReproduceCommand {

    /** The system property the {@code ./distsim} launcher sets to the path it was invoked by. */
    static final String PROGRAM_PROPERTY = "distsim.command";
    static final String DEFAULT_PROGRAM = "./distsim";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ReproduceCommand() {
    }

    static String of(String file, long seed, List<String> overrides, DurationArg duration) {
        return of(file, null, seed, overrides, duration);
    }

    /** The same, with the {@code --experiment} file as given (null for none). */
    static String of(String file, String experiment, long seed, List<String> overrides, DurationArg duration) {
        return join(words("run", file, experiment, seed, overrides, duration));
    }

    /**
     * The words of {@code distsim <command> FILE [--experiment EXP] --seed N [--set ...] [--duration D]},
     * unquoted, for a command to add its own arguments to.
     */
    static List<String> words(String command, String file, String experiment, long seed, List<String> overrides,
            DurationArg duration) {
        List<String> words = new ArrayList<>();
        words.add(System.getProperty(PROGRAM_PROPERTY, DEFAULT_PROGRAM));
        words.add(command);
        words.add(file);
        if (experiment != null) {
            words.add("--experiment");
            words.add(experiment);
        }
        words.add("--seed");
        words.add(Long.toString(seed));
        for (String override : overrides) {
            words.add("--set");
            words.add(override);
        }
        if (duration != null) {
            words.add("--duration");
            words.add(duration.text());
        }
        return words;
    }

    /** {@code words} as one shell line, each quoted where needed. */
    static String join(List<String> words) {
        List<String> quoted = new ArrayList<>(words.size());
        for (String word : words) {
            quoted.add(quote(word));
        }
        return String.join(" ", quoted);
    }

    /** {@code word} as one POSIX shell word: unchanged when safe, else in single quotes. */
    static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
