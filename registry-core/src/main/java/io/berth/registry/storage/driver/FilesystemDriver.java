package io.berth.registry.storage.driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Stores every path as a file below one root directory. */
public final class FilesystemDriver implements StorageDriver {

    private final Path root;

    public FilesystemDriver(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    @Override
    public String name() {
        return "filesystem";
    }

    public Path root() {
        return root;
    }

    Path resolve(String path) {
        if (path == null || !path.startsWith("/") || path.contains("\0")) {
            throw new InvalidPathException(path);
        }
        Path p = root.resolve(path.substring(1)).normalize();
        if (!p.startsWith(root)) {
            throw new InvalidPathException(path);
        }
        return p;
    }

    @Override
    public byte[] getContent(String path) throws IOException {
        Path p = resolve(path);
        try {
            if (Files.isDirectory(p)) {
                throw new PathNotFoundException(path);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new PathNotFoundException(path);
        }
    }

    @Override
    public void putContent(String path, byte[] content) throws IOException {
        Path p = resolve(path);
        createDirectories(p.getParent());
        Path tmp = p.resolveSibling("." + p.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            atomicMove(tmp, p);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        syncDirectory(p.getParent()); // the rename itself is durable only once its directory is
    }

    @Override
    public InputStream reader(String path, long offset) throws IOException {
        Path p = resolve(path);
        FileChannel ch;
        try {
            ch = FileChannel.open(p, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new PathNotFoundException(path);
        }
        if (offset < 0 || offset > ch.size()) {
            ch.close();
            throw new InvalidOffsetException(path, offset);
        }
        ch.position(offset);
        return Channels.newInputStream(ch);
    }

    @Override
    public FileWriter writer(String path, boolean append) throws IOException {
        Path p = resolve(path);
        createDirectories(p.getParent());
        boolean created = !Files.exists(p);
        FileChannel ch = append
                ? FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                : FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
        ch.position(ch.size());
        return new ChannelWriter(p, ch, created);
    }

    @Override
    public FileInfo stat(String path) throws IOException {
        Path p = resolve(path);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new FileInfo(path, a.isDirectory() ? 0 : a.size(), a.lastModifiedTime().toInstant(),
                    a.isDirectory());
        } catch (NoSuchFileException e) {
            throw new PathNotFoundException(path);
        }
    }

    @Override
    public List<String> list(String path) throws IOException {
        Path p = resolve(path);
        if (!Files.isDirectory(p)) {
            throw new PathNotFoundException(path);
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(p)) {
            s.map(c -> c.getFileName().toString())
                    .filter(n -> !n.endsWith(".tmp") || !n.startsWith("."))
                    .sorted()
                    .forEach(n -> out.add(prefix + n));
        } catch (NoSuchFileException e) {
            throw new PathNotFoundException(path);
        }
        return out;
    }

    @Override
    public void move(String sourcePath, String destPath) throws IOException {
        Path src = resolve(sourcePath);
        Path dst = resolve(destPath);
        if (!Files.exists(src)) {
            throw new PathNotFoundException(sourcePath);
        }
        createDirectories(dst.getParent());
        atomicMove(src, dst);
        syncDirectory(dst.getParent());
        if (!src.getParent().equals(dst.getParent())) {
            syncDirectory(src.getParent());
        }
    }

    /**
     * Creates the missing directories of {@code dir} and makes each new entry durable in its
     * parent, so a file committed below them cannot vanish with its folder after a crash.
     */
    private void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path existing = dir;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        Files.createDirectories(dir);
        if (existing == null) {
            return;
        }
        // from the deepest new directory up: each parent holds an entry created just now
        for (Path d = dir; d != null && !d.equals(existing); d = d.getParent()) {
            syncDirectory(d.getParent());
        }
    }

    /** fsync of a directory: makes the entries created, renamed or removed in it durable. */
    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            // removed concurrently (an emptied repository): nothing left in it to keep
        }
    }

    private static void atomicMove(Path src, Path dst) throws IOException {
        try {
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(String path) throws IOException {
        Path p = resolve(path);
        if (!Files.exists(p)) {
            throw new PathNotFoundException(path);
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path c : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(c);
                }
            } catch (DirectoryNotEmptyException e) {
                // a concurrent writer added a child; what it wrote stays
            }
        } else {
            Files.deleteIfExists(p);
        }
        syncDirectory(p.getParent()); // an acknowledged delete (an untag) must not come back after a crash
    }

    @Override
    public void walk(String path, WalkVisitor visitor) throws IOException {
        for (String child : list(path)) {
            FileInfo info;
            try {
                info = stat(child);
            } catch (PathNotFoundException e) {
                continue; // removed concurrently
            }
            if (visitor.visit(info) && info.directory()) {
                try {
                    walk(child, visitor);
                } catch (PathNotFoundException e) {
                    // removed concurrently
                }
            }
        }
    }

    @Override
    public void touch(String path) throws IOException {
        Path p = resolve(path);
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (NoSuchFileException e) {
            throw new PathNotFoundException(path);
        }
    }

    @Override
    public Optional<Path> localFile(String path) {
        Path p = resolve(path);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private static final class ChannelWriter extends FileWriter {
        private final Path file;
        private final FileChannel ch;
        private final WriteBehind writeBehind;
        /** A file this writer created: its directory entry must be made durable too, once. */
        private boolean entryPending;
        private boolean closed;

        ChannelWriter(Path file, FileChannel ch, boolean created) {
            this.file = file;
            this.ch = ch;
            this.writeBehind = new WriteBehind(ch, WriteBehind.STEP);
            this.entryPending = created;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            writeBehind.written(len);
        }

        @Override
        public long size() {
            try {
                return ch.isOpen() ? ch.size() : Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public void commit() throws IOException {
            ch.force(true);
            if (entryPending) {
                syncDirectory(file.getParent());
                entryPending = false;
            }
        }

        @Override
        public void cancel() throws IOException {
            close();
            Files.deleteIfExists(file);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                ch.close();
            }
        }
    }
}
