#pragma once

#include <QByteArray>
#include <QImage>

struct png_struct_def;
struct png_info_def;

namespace Infra {

// Encodes an opaque image as an 8-bit RGB PNG with settings chosen for diagrams: every row
// filtered with "Up" and zlib level 3. QImage::save() lets libpng try every filter on every
// row and, for a premultiplied image, writes an alpha channel that an opaque diagram does not
// need; for the reference design's 3076 x 1860 diagram that took ~250 ms of a 280 ms export,
// this ~5x less for a file 5 % larger.
//
// The image can also come in bands of rows (the diagram painted a strip at a time, so a large
// one never sits whole in memory): the same rows appended in any bands give the same bytes.
class PngWriter
{
public:
    // Returns an empty array when encoding fails.
    static QByteArray encode(const QImage &opaqueImage);

    PngWriter(int width, int height);
    ~PngWriter();
    PngWriter(const PngWriter &) = delete;
    PngWriter &operator=(const PngWriter &) = delete;

    // Appends the first `rows` rows of `band` (as wide as the image; opaque, any format).
    // False once encoding has failed.
    bool appendRows(const QImage &band, int rows);
    // The same in two steps, which may run on different threads: the first `rows` rows of
    // `band` as the 8-bit RGB rows the PNG holds, into `rgb` (Format_RGB888; made anew unless
    // it is as wide as `band` with at least `rows` rows), then the first `rows` rows of such an
    // image appended.
    static void toRgbRows(const QImage &band, int rows, QImage *rgb);
    bool appendRgbRows(const QImage &rgb, int rows);
    // The PNG, or an empty array when encoding failed or fewer rows than the height came.
    QByteArray finish();

private:
    bool start();

    int m_width;
    int m_height;
    int m_rowsWritten = 0;
    bool m_failed = false;
    bool m_finished = false;
    png_struct_def *m_png = nullptr;
    png_info_def *m_info = nullptr;
    QImage m_rgb;
    QByteArray m_data;
};

} // namespace Infra
