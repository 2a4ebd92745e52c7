#include "pngwriter.h"

#include <QThread>
#include <QThreadPool>
#include <QtEndian>

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace Infra {

namespace {

constexpr qsizetype kBlockBytes = qsizetype(1) << 20;
constexpr qsizetype kWindow = qsizetype(1) << 15; // deflate's window: what a block is primed with
// What deflateInit2(level, 15 bits, memory level 8) allocates (window, prev, head, pending
// buffer, state: ~262 KiB in zlib 1.2), with room to spare.
constexpr qsizetype kZlibState = qsizetype(400) << 10;
constexpr uchar kFilterUp = 2;

QByteArray bigEndian(quint32 value)
{
    std::array<char, 4> bytes;
    qToBigEndian(value, bytes.data());
    return QByteArray(bytes.data(), 4);
}

void subtractRow(uchar *__restrict out, const uchar *__restrict row, const uchar *__restrict above, qsizetype bytes)
{
    for (qsizetype i = 0; i < bytes; ++i)
        out[i] = uchar(row[i] - above[i]);
}

// Memory in transparent huge pages where the system offers them (see newImage() in
// diagramrenderer.cpp: on a virtual machine each first touch of a 4 KiB page is costly).
void *hugeAlloc(size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr size_t kHugePage = size_t(2) << 20;
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    if (void *memory = std::aligned_alloc(kHugePage, rounded)) {
        ::madvise(memory, rounded, MADV_HUGEPAGE); // a hint: without it, ordinary pages
        return memory;
    }
    return nullptr;
#else
    return std::malloc(bytes);
#endif
}

// libpng writes the file: the signature, IHDR and each chunk's length, type and CRC. On an error
// it jumps back to the setjmp() of the call that made it (png.h's way; no C++ object with a
// destructor lives between that call and libpng's), and the writer fails.
void pngFailed(png_structp png, png_const_charp)
{
    png_longjmp(png, 1); // quietly: the caller reports the empty PNG
}

void pngWarned(png_structp, png_const_charp) { }

void pngAppend(png_structp png, png_bytep data, size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void pngFlush(png_structp) { }

// The threads blocks are deflated on: a pool of their own, kept between images (a thread per
// block cost the reference design's export 17 thread starts, and a studio that exports again and
// again as many each time). Not Qt's global pool: the export's PNG is painted on a thread of
// that pool (runOnGlobalPoolThread), which waits here for its blocks. A deflate never waits for
// anything, so blocks of several writers at once only queue.
struct DeflatePool : QThreadPool
{
    DeflatePool()
    {
        setObjectName(QStringLiteral("PngWriter deflate"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
};
Q_GLOBAL_STATIC(DeflatePool, deflatePool)

} // namespace

// A block's buffers and its deflate stream, made once and used for block after block: the
// dictionary (the 32 KiB before the block), the filtered rows, the deflated bytes, and zlib's
// own state, allocated from the same memory.
struct PngWriter::Slot
{
    Slot(qsizetype inputCapacity)
    {
        outputCapacity = qsizetype(compressBound(uLong(inputCapacity))) + 64;
        const qsizetype total = kWindow + inputCapacity + outputCapacity + kZlibState;
        memory = static_cast<char *>(hugeAlloc(size_t(total)));
        if (!memory)
            return;
        // zlib's state, the dictionary and the rows first, then the deflated bytes: a block
        // deflates to a few per cent of its rows, so its output ends in the same 2 MiB page.
        zlibArena = memory;
        zlibEnd = zlibArena + kZlibState;
        zlibNext = zlibArena;
        dictionary = zlibEnd;
        input = dictionary + kWindow;
        output = input + inputCapacity;
        stream.zalloc = [](voidpf opaque, uInt items, uInt size) -> voidpf {
            auto *slot = static_cast<Slot *>(opaque);
            const qsizetype bytes = (qsizetype(items) * size + 63) / 64 * 64;
            if (slot->zlibEnd - slot->zlibNext < bytes)
                return Z_NULL;
            void *p = slot->zlibNext;
            slot->zlibNext += bytes;
            return p;
        };
        stream.zfree = [](voidpf, voidpf) {}; // freed with the slot
        stream.opaque = this;
    }
    ~Slot()
    {
        if (initialized)
            deflateEnd(&stream);
        std::free(memory);
    }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

    char *memory = nullptr;
    char *dictionary = nullptr;
    qsizetype dictionaryLength = 0;
    char *input = nullptr;
    qsizetype inputLength = 0;
    char *output = nullptr;
    qsizetype outputCapacity = 0;
    char *zlibArena = nullptr;
    char *zlibNext = nullptr;
    char *zlibEnd = nullptr;
    z_stream stream{};
    bool initialized = false;
};

QByteArray PngWriter::encode(const QImage &opaqueImage, int level)
{
    if (opaqueImage.isNull())
        return {};
    PngWriter writer(opaqueImage.width(), opaqueImage.height(), level);
    writer.appendRows(opaqueImage, opaqueImage.height());
    return writer.finish();
}

int PngWriter::blockRows(int width)
{
    const qsizetype rowBytes = 1 + qsizetype(std::max(width, 1)) * 3;
    return int(std::clamp<qsizetype>(kBlockBytes / rowBytes, 1, 1 << 20));
}

PngWriter::PngWriter(int width, int height, int level, int threads)
    : m_width(width)
    , m_height(height)
    , m_level(std::clamp(level, 0, 9))
    , m_threads(std::max(threads, 0))
{
    // A row must fit a block (and zlib's 32-bit lengths).
    if (width <= 0 || height <= 0 || qint64(width) * 3 + 1 > (qint64(1) << 30)) {
        m_failed = true;
        return;
    }
    m_rowBytes = 1 + qsizetype(width) * 3;
    m_blockRows = blockRows(width);
    m_previousRow = QByteArray(qsizetype(width) * 3, '\0'); // above the first row: zeros
    m_currentRow = QByteArray(qsizetype(width) * 3, '\0');
    // The signature and IHDR by libpng: 8-bit RGB, deflate, filter method 0 (each row names its
    // filter), not interlaced. Its own zlib stream is never used: the IDAT chunks are ours.
    m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, pngFailed, pngWarned);
    m_pngInfo = m_png ? png_create_info_struct(m_png) : nullptr;
    if (!m_pngInfo || !writeHeader()) {
        m_failed = true;
        return;
    }
    // No more slots than blocks.
    const qint64 blocks = (qint64(height) + m_blockRows - 1) / m_blockRows;
    const int slots = int(std::min<qint64>(m_threads + 1, blocks));
    const qsizetype inputCapacity = m_rowBytes * std::min(m_blockRows, height);
    for (int i = 0; i < slots && !m_failed; ++i) {
        auto slot = std::make_unique<Slot>(inputCapacity);
        slot->initialized = slot->memory
            && deflateInit2(&slot->stream, m_level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        m_failed = !slot->initialized;
        m_slots.push_back(std::move(slot));
    }
}

PngWriter::~PngWriter()
{
    dropPending();
    if (m_png)
        png_destroy_write_struct(&m_png, m_pngInfo ? &m_pngInfo : nullptr);
}

// Waits for the blocks being deflated in the slots (on the pool's threads), and forgets them.
void PngWriter::dropPending()
{
    for (Pending &p : m_pending) {
        if (!p.deferred)
            p.future.wait();
    }
    m_pending.clear();
}

bool PngWriter::writeHeader()
{
    png_structp png = m_png;
    png_infop info = m_pngInfo;
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, &m_data, pngAppend, pngFlush);
    // What the format allows, not libpng's default of a million pixels a side (a very wide
    // design, drawn at a smaller scale to stay under 30 megapixels, can pass that).
    png_set_user_limits(png, PNG_UINT_31_MAX, PNG_UINT_31_MAX);
    png_set_IHDR(png, info, png_uint_32(m_width), png_uint_32(m_height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    return true;
}

bool PngWriter::writeChunk(const char *type, const char *data, qsizetype size)
{
    png_structp png = m_png;
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_write_chunk(png, reinterpret_cast<png_const_bytep>(type), reinterpret_cast<png_const_bytep>(data), size_t(size));
    return true;
}

bool PngWriter::appendRows(const QImage &band, int rows)
{
    if (m_failed || m_finished)
        return false;
    if (band.width() != m_width || rows < 0 || rows > band.height() || rows > m_height - m_rowsWritten) {
        m_failed = true;
        return false;
    }
    const QImage image = band.convertToFormat(QImage::Format_RGB32); // shares `band` when it is RGB32
    uchar *previous = reinterpret_cast<uchar *>(m_previousRow.data());
    for (int y = 0; y < rows && !m_failed; ++y) {
        Slot *slot = m_slots[size_t(m_blocks % qint64(m_slots.size()))].get();
        if (m_blockFilled == 0) {
            // The slot's last block must be written out before it is filled again.
            while (!m_pending.empty() && m_pending.size() >= m_slots.size())
                collect(true);
        }
        // The row as RGB, then minus the row above it byte by byte (the Up filter): two simple
        // loops the compiler vectorizes, where one that did both per pixel took ~3 x as long.
        uchar *out = reinterpret_cast<uchar *>(slot->input) + m_rowBytes * m_blockFilled;
        *out++ = kFilterUp;
        const uchar *line = image.constScanLine(y);
        uchar *current = reinterpret_cast<uchar *>(m_currentRow.data());
        for (int x = 0; x < m_width; ++x) {
            // Format_RGB32 is 0xffRRGGBB in native byte order.
            quint32 pixel;
            std::memcpy(&pixel, line + 4 * x, 4);
            current[3 * x] = uchar(pixel >> 16);
            current[3 * x + 1] = uchar(pixel >> 8);
            current[3 * x + 2] = uchar(pixel);
        }
        subtractRow(out, current, previous, qsizetype(m_width) * 3);
        std::swap(m_previousRow, m_currentRow);
        previous = reinterpret_cast<uchar *>(m_previousRow.data());
        ++m_rowsWritten;
        if (++m_blockFilled == m_blockRows || m_rowsWritten == m_height)
            dispatchBlock();
    }
    return !m_failed;
}

void PngWriter::dispatchBlock()
{
    Slot *slot = m_slots[size_t(m_blocks % qint64(m_slots.size()))].get();
    slot->inputLength = m_rowBytes * m_blockFilled;
    // Primed with the 32 KiB before it, as one stream would have them in its window; the next
    // block with this one's last 32 KiB (with the bytes before it when this one is shorter).
    slot->dictionaryLength = m_dictionary.size();
    std::memcpy(slot->dictionary, m_dictionary.constData(), size_t(m_dictionary.size()));
    if (slot->inputLength >= kWindow) {
        m_dictionary = QByteArray(slot->input + slot->inputLength - kWindow, kWindow);
    } else {
        m_dictionary.append(slot->input, slot->inputLength);
        m_dictionary = m_dictionary.right(kWindow);
    }
    m_blockFilled = 0;
    ++m_blocks;
    auto task = std::make_shared<std::packaged_task<Deflated()>>([slot] { return deflateBlock(slot); });
    Pending pending{task->get_future(), slot, nullptr};
    if (m_threads > 0 && !deflatePool.isDestroyed())
        deflatePool->start([task] { (*task)(); });
    else
        pending.deferred = std::move(task); // deflated on this thread when it is collected
    m_pending.push_back(std::move(pending));
    // No more than `threads` blocks at once.
    while (m_pending.size() > size_t(std::max(m_threads, 1)))
        collect(true);
    collect(false);
}

// The finished blocks at the front, in order, into IDAT chunks; with `wait`, at least the first.
bool PngWriter::collect(bool wait)
{
    while (!m_pending.empty()) {
        Pending &front = m_pending.front();
        if (!wait && (front.deferred || front.future.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
            break;
        wait = false;
        if (front.deferred)
            (*front.deferred)();
        const Deflated block = front.future.get();
        const Slot *slot = front.slot;
        m_pending.pop_front();
        if (!block.ok)
            m_failed = true;
        if (m_failed)
            continue;
        if (!m_headerWritten) {
            // The zlib header: deflate with a 32 KiB window; the level only informs (RFC 1950).
            const int flevel = m_level < 2 ? 0 : m_level < 6 ? 1 : m_level == 6 ? 2 : 3;
            const unsigned header = (0x78u << 8) | unsigned(flevel << 6);
            const unsigned checked = header + 31 - header % 31;
            const char bytes[2] = {char(checked >> 8), char(checked & 0xff)};
            m_failed = !writeChunk("IDAT", bytes, 2);
            m_headerWritten = true;
        }
        if (!m_failed)
            m_failed = !writeChunk("IDAT", slot->output, block.length);
        m_adler = quint32(adler32_combine(m_adler, block.adler, z_off_t(slot->inputLength)));
    }
    return !m_failed;
}

PngWriter::Deflated PngWriter::deflateBlock(Slot *slot)
{
    // The slot's stream was made with the writer's level.
    Deflated result;
    result.adler = quint32(adler32_z(1, reinterpret_cast<const Bytef *>(slot->input), size_t(slot->inputLength)));
    z_stream &stream = slot->stream;
    if (deflateReset(&stream) != Z_OK)
        return result;
    if (slot->dictionaryLength > 0
        && deflateSetDictionary(&stream, reinterpret_cast<const Bytef *>(slot->dictionary), uInt(slot->dictionaryLength))
               != Z_OK)
        return result;
    stream.next_in = reinterpret_cast<Bytef *>(slot->input);
    stream.avail_in = uInt(slot->inputLength);
    stream.next_out = reinterpret_cast<Bytef *>(slot->output);
    stream.avail_out = uInt(slot->outputCapacity);
    // A sync flush ends the block on a byte boundary without ending the stream: the next block
    // follows it directly. (compressBound() + 64 bytes hold any block and the flush's marker.)
    const int status = deflate(&stream, Z_SYNC_FLUSH);
    result.ok = status == Z_OK && stream.avail_in == 0 && stream.avail_out > 0;
    result.length = slot->outputCapacity - qsizetype(stream.avail_out);
    return result;
}

QByteArray PngWriter::finish()
{
    if (m_failed || m_finished || m_rowsWritten != m_height) {
        m_failed = true;
        dropPending();
        return {};
    }
    m_finished = true;
    while (!m_pending.empty())
        collect(true);
    if (m_failed)
        return {};
    // The stream's last block: empty, final, fixed Huffman codes (BFINAL 1, BTYPE 01, end of
    // block), then the Adler-32 of every filtered row.
    QByteArray tail("\x03\x00", 2);
    tail.append(bigEndian(m_adler));
    // IEND as a chunk too: png_write_end() would refuse a stream whose IDATs png_write_row()
    // did not write.
    if (!writeChunk("IDAT", tail.constData(), tail.size()) || !writeChunk("IEND", nullptr, 0)) {
        m_failed = true;
        return {};
    }
    return std::exchange(m_data, QByteArray());
}

} // namespace Infra
