package dev.transcend.core.provenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commit manifests record: read from .git files as git would, and absent (never an error) outside a checkout. */
class GitCommitTest {

    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

    @Test
    void aBranchHeadIsReadFromItsLooseRefOrFromPackedRefs(@TempDir Path dir) throws IOException {
        Path git = Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        assertEquals(Optional.of(A), GitCommit.readHead(dir.resolve(".git")));
        Files.delete(git.resolve("main"));
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/main\n");
        assertEquals(Optional.of(B), GitCommit.readHead(dir.resolve(".git")));
    }

    @Test
    void aDetachedHeadAndAWorktreeFileAreFollowed(@TempDir Path dir) throws IOException {
        Path main = Files.createDirectories(dir.resolve("main/.git/worktrees/wt"));
        Files.createDirectories(dir.resolve("main/.git/refs/heads"));
        Files.writeString(dir.resolve("main/.git/refs/heads/topic"), B);
        Files.writeString(main.resolve("HEAD"), "ref: refs/heads/topic\n");
        Files.writeString(main.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/wt\n");
        assertEquals(Optional.of(B), GitCommit.readHead(worktree.resolve(".git")));
        Files.writeString(main.resolve("HEAD"), A + "\n");
        assertEquals(Optional.of(A), GitCommit.readHead(worktree.resolve(".git")));
    }

    @Test
    void outsideACheckoutOrWithDamagedFilesThereIsNoCommit(@TempDir Path dir) throws IOException {
        assertEquals(Optional.empty(), GitCommit.readHead(dir.resolve(".git")));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/gone\n");
        assertEquals(Optional.empty(), GitCommit.readHead(dir.resolve(".git")));
        Files.writeString(dir.resolve(".git/HEAD"), "not a commit\n");
        assertEquals(Optional.empty(), GitCommit.of(dir.resolve("sub/file.txt")));
    }

    @Test
    void theRunningCheckoutsCommitIsInEveryManifestsEnvironmentWhenThereIsOne() {
        Optional<String> running = GitCommit.running();
        running.ifPresent(sha -> assertTrue(sha.matches("[0-9a-f]{40}([0-9a-f]{24})?"), sha));
        assertEquals(running.orElse(null), Environment.current().gitCommit());
    }
}
