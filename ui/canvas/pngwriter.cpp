#include "pngwriter.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <utility>

namespace Infra {

namespace {

void appendToArray(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void noFlush(png_structp) {}

} // namespace

QByteArray PngWriter::encode(const QImage &opaqueImage)
{
    if (opaqueImage.isNull())
        return {};
    PngWriter writer(opaqueImage.width(), opaqueImage.height());
    writer.appendRows(opaqueImage, opaqueImage.height());
    return writer.finish();
}

PngWriter::PngWriter(int width, int height)
    : m_width(width)
    , m_height(height)
{
    m_failed = width <= 0 || height <= 0 || !start();
}

PngWriter::~PngWriter()
{
    if (m_png)
        png_destroy_write_struct(&m_png, &m_info);
}

// libpng reports errors by longjmp to the setjmp of the function that called it: each function
// below that calls libpng sets its own, and creates nothing with a destructor after it.
bool PngWriter::start()
{
    m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!m_png)
        return false;
    m_info = png_create_info_struct(m_png);
    if (!m_info)
        return false;
    if (setjmp(png_jmpbuf(m_png)))
        return false;
    png_set_write_fn(m_png, &m_data, appendToArray, noFlush);
    png_set_IHDR(m_png, m_info, png_uint_32(m_width), png_uint_32(m_height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(m_png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(m_png, 3);
    png_write_info(m_png, m_info);
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
    toRgbRows(band, rows, &m_rgb);
    return appendRgbRows(m_rgb, rows);
}

void PngWriter::toRgbRows(const QImage &band, int rows, QImage *rgb)
{
    rows = std::clamp(rows, 0, band.height());
    const int width = band.width();
    if (rgb->format() != QImage::Format_RGB888 || rgb->width() != width || rgb->height() < rows)
        *rgb = QImage(width, std::max(rows, 1), QImage::Format_RGB888);
    const QImage image = band.convertToFormat(QImage::Format_RGB32); // shares `band` when it is RGB32
    for (int y = 0; y < rows; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        uchar *out = rgb->scanLine(y);
        for (int x = 0; x < width; ++x) {
            *out++ = uchar(qRed(line[x]));
            *out++ = uchar(qGreen(line[x]));
            *out++ = uchar(qBlue(line[x]));
        }
    }
}

bool PngWriter::appendRgbRows(const QImage &rgb, int rows)
{
    if (m_failed || m_finished)
        return false;
    if (rgb.format() != QImage::Format_RGB888 || rgb.width() != m_width || rows < 0 || rows > rgb.height()
        || rows > m_height - m_rowsWritten) {
        m_failed = true;
        return false;
    }
    if (setjmp(png_jmpbuf(m_png))) {
        m_failed = true;
        return false;
    }
    // libpng only reads the rows it is given.
    for (int y = 0; y < rows; ++y)
        png_write_row(m_png, const_cast<png_byte *>(rgb.constScanLine(y)));
    m_rowsWritten += rows;
    return true;
}

QByteArray PngWriter::finish()
{
    if (m_failed || m_finished || m_rowsWritten != m_height) {
        m_failed = true;
        return {};
    }
    m_finished = true;
    if (setjmp(png_jmpbuf(m_png))) {
        m_failed = true;
        return {};
    }
    png_write_end(m_png, m_info);
    png_destroy_write_struct(&m_png, &m_info);
    m_png = nullptr;
    return std::exchange(m_data, QByteArray());
}

} // namespace Infra
