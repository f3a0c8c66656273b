package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lane's durable journal: an append-only file; {@link #append} returns only after the record
 * is forced to the storage device (fsync), {@link #markForwarded} appends an acknowledgement
 * record. Opening a journal replays it and cuts off a torn tail left by a crash during a write.
 * Thread-safe (the lane appends, a forwarding thread drains).
 */
public final class Journal implements AutoCloseable {

  private final Path file;
  private FileChannel channel;
  private final Map<IdempotencyKey, JournalEntry> pending = new LinkedHashMap<>();
  private final Set<IdempotencyKey> known = new HashSet<>();
  private long nextSequence;
  private final RecoveryReport recovery;
  private boolean open = true;

  private Journal(Path file, FileChannel channel) throws IOException {
    this.file = file;
    this.channel = channel;
    this.recovery = recover();
  }

  /** Opens (or creates) the journal at {@code file}, recovering from a torn tail if there is one. */
  public static Journal open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    return new Journal(file, channel);
  }

  /**
   * Writes a record durably. Appending a key the journal already holds returns the existing entry
   * and writes nothing, so a lane that retries after an error cannot journal a crossing twice.
   */
  public synchronized JournalEntry append(IdempotencyKey key, byte[] payload) throws IOException {
    ensureOpen();
    if (pending.containsKey(key)) {
      return pending.get(key);
    }
    if (known.contains(key)) {
      throw new IllegalStateException("record " + key + " was already journaled and forwarded; refusing a second copy");
    }
    write(RecordFormat.encode(RecordFormat.APPENDED, key, payload));
    JournalEntry entry = new JournalEntry(nextSequence++, key, payload.clone());
    pending.put(key, entry);
    known.add(key);
    return entry;
  }

  /** Records durably that the server acknowledged {@code key}; unknown or done keys are ignored. */
  public synchronized void markForwarded(IdempotencyKey key) throws IOException {
    ensureOpen();
    if (!pending.containsKey(key)) {
      return;
    }
    write(RecordFormat.encode(RecordFormat.FORWARDED, key, new byte[0]));
    pending.remove(key);
  }

  /** Records not yet acknowledged by the server, oldest first. */
  public synchronized List<JournalEntry> pending() {
    return List.copyOf(pending.values());
  }

  public synchronized int pendingCount() {
    return pending.size();
  }

  /** What opening this journal found. */
  public RecoveryReport recovery() {
    return recovery;
  }

  public Path file() {
    return file;
  }

  /** Bytes on disk now (appended records and forwarding marks since the last compaction). */
  public synchronized long sizeBytes() throws IOException {
    ensureOpen();
    return channel.size();
  }

  /**
   * Rewrites the file with only the pending records (the acknowledged ones are at the server), so
   * the journal does not grow without end. Crash-safe: the new file replaces the old one by an
   * atomic rename only after it is forced to disk.
   */
  public synchronized void compact() throws IOException {
    ensureOpen();
    Path next = file.resolveSibling(file.getFileName() + ".compacting");
    try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      for (JournalEntry entry : pending.values()) {
        writeFully(out, RecordFormat.encode(RecordFormat.APPENDED, entry.key(), entry.payload()));
      }
      out.force(true);
    }
    channel.close();
    Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory();
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    channel.position(channel.size());
  }

  @Override
  public synchronized void close() throws IOException {
    if (open) {
      open = false;
      channel.close();
    }
  }

  /**
   * Test seam for crash tests: writes only the first {@code bytesWritten} bytes of the record for
   * {@code key}, as a process killed in the middle of {@code write} would, and then behaves like a
   * dead process (the journal is closed, nothing is remembered in memory).
   */
  synchronized void crashDuringAppend(IdempotencyKey key, byte[] payload, int bytesWritten) throws IOException {
    ByteBuffer record = RecordFormat.encode(RecordFormat.APPENDED, key, payload);
    if (bytesWritten < 0 || bytesWritten >= record.remaining()) {
      throw new IllegalArgumentException(
          "a torn write must cut the " + record.remaining() + "-byte record, not write " + bytesWritten);
    }
    record.limit(bytesWritten);
    writeFully(channel, record);
    channel.force(false);
    close();
  }

  private void write(ByteBuffer record) throws IOException {
    long start = channel.position();
    try {
      writeFully(channel, record);
      channel.force(false);
    } catch (IOException e) {
      // Leave no half record for the next append to follow: cut back to where this one began.
      try {
        channel.truncate(start);
        channel.position(start);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IOException("journal " + file + ": could not write a record durably at offset " + start, e);
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer record) throws IOException {
    while (record.hasRemaining()) {
      out.write(record);
    }
  }

  private void forceDirectory() {
    Path dir = file.toAbsolutePath().getParent();
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for fsync; the rename is still atomic there.
    }
  }

  private void ensureOpen() {
    if (!open) {
      throw new IllegalStateException("journal " + file + " is closed");
    }
  }

  private RecoveryReport recover() throws IOException {
    long size = channel.size();
    long offset = 0;
    int records = 0;
    while (offset < size) {
      Optional<RecordFormat.Body> body = readRecord(offset, size);
      if (body.isEmpty()) {
        break;
      }
      apply(body.get());
      records++;
      offset = channel.position();
    }
    Optional<Path> keptAt = Optional.empty();
    long torn = size - offset;
    if (torn > 0) {
      keptAt = Optional.of(keepTornTail(offset, torn));
      channel.truncate(offset);
      channel.force(true);
    }
    channel.position(offset);
    return new RecoveryReport(records, pending.size(), torn, keptAt);
  }

  private Optional<RecordFormat.Body> readRecord(long offset, long size) throws IOException {
    if (size - offset < RecordFormat.HEADER) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.allocate(RecordFormat.HEADER);
    readFully(header, offset);
    int length = header.getInt(0);
    int crc = header.getInt(4);
    if (length < 3 || length > RecordFormat.MAX_BODY || length > size - offset - RecordFormat.HEADER) {
      return Optional.empty();
    }
    ByteBuffer body = ByteBuffer.allocate(length);
    readFully(body, offset + RecordFormat.HEADER);
    if (RecordFormat.crc(body.duplicate()) != crc) {
      return Optional.empty();
    }
    try {
      RecordFormat.Body decoded = RecordFormat.decodeBody(body);
      channel.position(offset + RecordFormat.HEADER + length);
      return Optional.of(decoded);
    } catch (IllegalArgumentException garbled) {
      return Optional.empty();
    }
  }

  private void readFully(ByteBuffer buffer, long at) throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new IOException("journal " + file + " ended while reading at " + position);
      }
      position += n;
    }
    buffer.flip();
  }

  private void apply(RecordFormat.Body body) {
    if (body.kind() == RecordFormat.APPENDED) {
      if (known.add(body.key())) {
        pending.put(body.key(), new JournalEntry(nextSequence++, body.key(), body.payload()));
      }
    } else {
      pending.remove(body.key());
    }
  }

  private Path keepTornTail(long offset, long length) throws IOException {
    Path kept = file.resolveSibling(file.getFileName() + ".torn-at-" + offset);
    ByteBuffer tail = ByteBuffer.allocate((int) Math.min(length, RecordFormat.MAX_BODY + RecordFormat.HEADER));
    readFully(tail, offset);
    Files.write(kept, java.util.Arrays.copyOf(tail.array(), tail.limit()));
    return kept;
  }

  /** Used by the tests to look at the raw list of keys the journal ever held. */
  synchronized List<IdempotencyKey> knownKeys() {
    return new ArrayList<>(known);
  }
}
