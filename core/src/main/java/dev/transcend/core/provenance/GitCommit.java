package dev.transcend.core.provenance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The git commit of the transcend checkout that is running, for manifests: found from where transcend's classes
 * were loaded ({@code core/target/...} of a checkout) by walking up to a {@code .git} folder (or the {@code .git}
 * file of a worktree). {@code git rev-parse HEAD} answers when git is installed; otherwise {@code HEAD} and the
 * refs are read directly. Anything else (an installed jar, no git, an unreadable folder) gives empty, never an error.
 */
public final class GitCommit {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final Optional<String> RUNNING = ofCodeSource();

    private GitCommit() {
    }

    /** @return the commit of the checkout this JVM's transcend classes come from, or empty */
    public static Optional<String> running() {
        return RUNNING;
    }

    private static Optional<String> ofCodeSource() {
        try {
            return of(Path.of(GitCommit.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param inside a file or folder inside a checkout
     * @return the commit its {@code HEAD} points at, or empty if it is in no git checkout
     */
    public static Optional<String> of(Path inside) {
        for (Path dir = inside.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit)) {
                Optional<String> fromGit = revParse(dir);
                return fromGit.isPresent() ? fromGit : readHead(dotGit);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> revParse(Path dir) {
        try {
            Process git = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 && SHA.matcher(out).matches() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads {@code HEAD} and its ref (loose or packed) without git; follows a worktree's {@code gitdir}. */
    static Optional<String> readHead(Path dotGit) {
        try {
            Path gitDir = dotGit;
            if (Files.isRegularFile(dotGit)) {
                String line = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!line.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                gitDir = dotGit.getParent().resolve(line.substring("gitdir:".length()).strip()).normalize();
            }
            Path common = gitDir;
            Path commonDir = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonDir)) {
                common = gitDir.resolve(Files.readString(commonDir, StandardCharsets.UTF_8).strip()).normalize();
            }
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            if (!head.startsWith("ref:")) {
                return SHA.matcher(head).matches() ? Optional.of(head) : Optional.empty();
            }
            String ref = head.substring("ref:".length()).strip();
            for (Path root : List.of(gitDir, common)) {
                Path loose = root.resolve(ref);
                if (Files.isRegularFile(loose)) {
                    String sha = Files.readString(loose, StandardCharsets.UTF_8).strip();
                    return SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
                }
            }
            Path packed = common.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split(" ");
                    if (parts.length == 2 && parts[1].equals(ref) && SHA.matcher(parts[0]).matches()) {
                        return Optional.of(parts[0]);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
