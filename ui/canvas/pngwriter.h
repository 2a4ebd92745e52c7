#pragma once

#include <QByteArray>
#include <QImage>

#include <deque>
#include <future>
#include <memory>
#include <vector>

struct png_struct_def; // png.h
struct png_info_def;

namespace Infra {

// Encodes an opaque image as an 8-bit RGB PNG with settings chosen for diagrams: every row
// filtered with "Up", deflated at zlib level 2 in blocks of about 1 MiB of rows compressed on
// the threads of a pool kept between images (as pigz does: each block a raw deflate stream
// primed with the 32 KiB before it and ended on a byte boundary, the blocks one zlib stream with
// their Adler-32s combined).
// QImage::save() let libpng try every filter on every row of a premultiplied image; one zlib
// stream on one thread was ~35 ms of the reference design's export, and the longest part of it
// after the process start. libpng writes the file (signature, IHDR, each chunk's length and CRC,
// IEND: png_write_info, png_write_chunk); only the IDAT data is deflated here, because libpng
// deflates on one thread: its own png_write_row() with the Up filter at level 2 took about twice
// the wall time of these blocks for the reference's image (docs/performance.md).
//
// The image comes in bands of rows (the diagram painted a strip at a time, so a large one never
// sits whole in memory): the blocks are cut at rows fixed by the width, so the same image gives
// the same bytes in any bands and with any number of threads.
class PngWriter
{
public:
    // zlib's level 2: the reference diagram in 410 KB in 31 ms on one core, level 3 406 KB in
    // 37 ms, level 1 414 KB in 36 ms, level 6 346 KB in 89 ms (docs/performance.md).
    static constexpr int kDefaultLevel = 2;

    // Returns an empty array when encoding fails.
    static QByteArray encode(const QImage &opaqueImage, int level = kDefaultLevel);

    // `threads`: blocks deflated at once besides the caller's thread (0: on the caller's thread),
    // on the threads of a pool kept for the process (no thread started per block or image).
    PngWriter(int width, int height, int level = kDefaultLevel, int threads = 2);
    ~PngWriter();
    PngWriter(const PngWriter &) = delete;
    PngWriter &operator=(const PngWriter &) = delete;

    // Appends the first `rows` rows of `band` (as wide as the image; opaque, any format). The
    // rows are filtered here and `band` is not used after the call; full blocks are deflated on
    // other threads. False once encoding has failed.
    bool appendRows(const QImage &band, int rows);
    // The PNG, or an empty array when encoding failed or fewer rows than the height came.
    QByteArray finish();

    // The rows of a block for an image `width` pixels wide: about 1 MiB of filtered rows.
    static int blockRows(int width);

private:
    struct Slot;
    struct Deflated
    {
        quint32 adler = 1; // Adler-32 of the block's filtered rows
        qsizetype length = 0; // of the deflated bytes in the slot
        bool ok = false;
    };
    static Deflated deflateBlock(Slot *slot);
    void dispatchBlock();
    bool collect(bool wait);
    bool writeHeader();
    bool writeChunk(const char *type, const char *data, qsizetype size);

    int m_width;
    int m_height;
    int m_level;
    int m_threads;
    int m_rowsWritten = 0;
    bool m_failed = false;
    bool m_finished = false;
    qsizetype m_rowBytes = 0;      // filter byte + 3 bytes per pixel
    int m_blockRows = 1;
    QByteArray m_previousRow;      // the row above, as RGB, for the Up filter
    QByteArray m_currentRow;       // this row as RGB
    // Each block is filtered into a slot and deflated there, on a worker thread: threads + 1
    // slots, made once (in huge pages where the system offers them: a fresh 1 MiB buffer per
    // block cost more in page faults than its deflate), so one is filled while the others are
    // deflated.
    std::vector<std::unique_ptr<Slot>> m_slots;
    qint64 m_blocks = 0;           // blocks dispatched; the one being filled is in m_slots[m_blocks % size]
    int m_blockFilled = 0;         // rows in it
    QByteArray m_dictionary;       // the last 32 KiB of filtered rows before the block being filled
    struct Pending
    {
        std::future<Deflated> future;
        Slot *slot;
        // Set when the block is deflated on this thread as it is collected (no threads).
        std::shared_ptr<std::packaged_task<Deflated()>> deferred;
    };
    void dropPending();
    std::deque<Pending> m_pending; // in order
    quint32 m_adler = 1;
    bool m_headerWritten = false;
    QByteArray m_data;             // the PNG as libpng writes it
    // libpng's write and info structs (png.h's png_structp and png_infop).
    png_struct_def *m_png = nullptr;
    png_info_def *m_pngInfo = nullptr;
};

} // namespace Infra
