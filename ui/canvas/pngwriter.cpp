#include "pngwriter.h"

#include <png.h>

#include <csetjmp>
#include <vector>

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
    const QImage image = opaqueImage.convertToFormat(QImage::Format_RGB32);
    QByteArray data;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return {};
    png_infop info = png_create_info_struct(png);
    std::vector<png_byte> row(size_t(image.width()) * 3);
    // libpng reports errors by longjmp: nothing with a destructor is created between here and
    // the end of the writing below.
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return {};
    }
    png_set_write_fn(png, &data, appendToArray, noFlush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        png_byte *out = row.data();
        for (int x = 0; x < image.width(); ++x) {
            *out++ = png_byte(qRed(line[x]));
            *out++ = png_byte(qGreen(line[x]));
            *out++ = png_byte(qBlue(line[x]));
        }
        png_write_row(png, row.data());
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return data;
}

} // namespace Infra
