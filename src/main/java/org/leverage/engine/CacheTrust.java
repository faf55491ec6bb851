package org.leverage.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Whether a cache folder and an entry in it may be trusted: owned by the current user and writable by nobody else,
 * read without following symbolic links (a link is its own file, and never trusted). Permission bits alone are not
 * enough: a folder another user made with mode 755 is theirs to fill.
 *
 * @param self the user this process runs as; {@code null} when it could not be found out, and then nothing is
 *             trusted
 */
record CacheTrust(UserPrincipal self) {

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /** For the user this process runs as. */
    static CacheTrust ofCurrentUser() {
        return new CacheTrust(CurrentUser.PRINCIPAL);
    }

    /** Finds out afresh who this process runs as, as {@link #ofCurrentUser} did once: for tests. */
    static UserPrincipal findCurrentUser() {
        return CurrentUser.find();
    }

    /** Why a folder is not trusted, or {@code null} when it is: a directory we own that only we can write. */
    String distrustOfFolder(Path folder) throws IOException {
        return distrust(folder, true);
    }

    /** Why an entry is not trusted, or {@code null} when it is: a regular file we own that only we can write. */
    String distrustOfEntry(Path entry) throws IOException {
        return distrust(entry, false);
    }

    private String distrust(Path path, boolean folder) throws IOException {
        if (self == null) {
            return "the current user is unknown";
        }
        BasicFileAttributes basic;
        UserPrincipal owner;
        Set<PosixFilePermission> permissions = null;
        try {
            PosixFileAttributes posix = Files.readAttributes(path, PosixFileAttributes.class, NO_FOLLOW);
            basic = posix;
            owner = posix.owner();
            permissions = posix.permissions();
        } catch (UnsupportedOperationException e) {
            // No POSIX view (Windows): the owner is still checked; who else may write is left to the folder's ACL.
            basic = Files.readAttributes(path, BasicFileAttributes.class, NO_FOLLOW);
            owner = Files.getOwner(path, NO_FOLLOW);
        }
        if (basic.isSymbolicLink()) {
            return "it is a symbolic link";
        }
        if (folder ? !basic.isDirectory() : !basic.isRegularFile()) {
            return folder ? "it is not a folder" : "it is not a regular file";
        }
        if (!self.equals(owner)) {
            return "it belongs to " + owner.getName() + ", not to " + self.getName();
        }
        if (permissions != null && (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE))) {
            return "others can write to it (" + PosixFilePermissions.toString(permissions) + ")";
        }
        return null;
    }

    /** The current user, found once per process. */
    private static final class CurrentUser {

        static final UserPrincipal PRINCIPAL = find();

        /**
         * The owner of a file this process creates, which is who the file system will say owns the cache entries
         * we write; the {@code user.name} property names the user too, but any command line can set it.
         */
        private static UserPrincipal find() {
            Path probe = null;
            try {
                probe = Files.createTempFile("leverage-owner-", ".tmp");
                return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | RuntimeException e) {
                return null;
            } finally {
                if (probe != null) {
                    try {
                        Files.deleteIfExists(probe);
                    } catch (IOException ignored) {
                        // a stray empty file in the temporary folder harms nothing
                    }
                }
            }
        }
    }
}
