// SPDX-License-Identifier: GPL-3.0-or-later
// The GIF encoder's output read back by Qt's own GIF reader: frame count,
// size, delay, looping and pixel colours - exact when a frame has at most
// 256 colours, close when the median cut had to choose - including frames
// that hold only the rectangle that changed, and LZW streams long enough to
// fill the code table many times.
#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include "ui/export/gif_writer.h"
#include "ui/export/median_cut.h"

using fsui::GifWriter;

namespace {
QList<QImage> decode(const QByteArray& gif, int* loops = nullptr, QList<int>* delays = nullptr) {
  QBuffer buf;
  buf.setData(gif);
  buf.open(QIODevice::ReadOnly);
  QImageReader reader(&buf, "gif");
  QList<QImage> frames;
  QImage img;
  while (reader.read(&img)) {
    frames << img.convertToFormat(QImage::Format_RGB32);
    if (delays) *delays << reader.nextImageDelay();
  }
  if (loops) *loops = reader.loopCount();
  return frames;
}

QByteArray encode(const QList<QImage>& frames, int delayMs) {
  QByteArray bytes;
  QBuffer buf(&bytes);
  buf.open(QIODevice::WriteOnly);
  GifWriter gif(&buf, frames.first().size());
  for (const QImage& f : frames)
    if (!gif.addFrame(f, delayMs)) return {};
  if (!gif.finish()) return {};
  return bytes;
}

bool near(QRgb a, QRgb b, int tolerance) {
  return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
         std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}
} // namespace

class TestGifWriter : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void framesSizeDelayAndLoopReadBack() {
    QImage a(64, 48, QImage::Format_RGB32);
    a.fill(qRgb(200, 30, 40));
    QPainter(&a).fillRect(QRect(4, 4, 10, 10), QColor(20, 40, 220));
    QImage b = a.copy();
    QPainter(&b).fillRect(QRect(30, 20, 8, 6), QColor(10, 180, 60)); // only this changes
    QImage c = b.copy();
    const QList<QImage> in{a, b, c}; // c == b: an unchanged frame is still a frame
    int loops = 0;
    QList<int> delays;
    const QList<QImage> out = decode(encode(in, 250), &loops, &delays);
    QCOMPARE(out.size(), 3);
    for (const QImage& f : out) QCOMPARE(f.size(), QSize(64, 48));
    QCOMPARE(delays, QList<int>({250, 250, 250}));
    QCOMPARE(loops, -1); // NETSCAPE2.0 with 0: forever
    QCOMPARE(out[0].pixel(0, 0), qRgb(200, 30, 40));
    QCOMPARE(out[0].pixel(8, 8), qRgb(20, 40, 220));
    QCOMPARE(out[0].pixel(33, 22), qRgb(200, 30, 40));
    // The second frame draws only its changed rectangle over the first.
    QCOMPARE(out[1].pixel(33, 22), qRgb(10, 180, 60));
    QCOMPARE(out[1].pixel(8, 8), qRgb(20, 40, 220));
    QCOMPARE(out[1].pixel(63, 47), qRgb(200, 30, 40));
    QCOMPARE(out[2], out[1]);
  }

  void manyColoursAreCloseAfterTheMedianCut() {
    // A smooth 64x64x4 gradient: 16384 colours for 256 palette entries.
    QImage g(256, 64, QImage::Format_RGB32);
    for (int y = 0; y < g.height(); ++y)
      for (int x = 0; x < g.width(); ++x) g.setPixel(x, y, qRgb(x, y * 4, 255 - x / 2));
    const QList<QImage> out = decode(encode({g}, 100));
    QCOMPARE(out.size(), 1);
    int worst = 0;
    for (int y = 0; y < g.height(); ++y)
      for (int x = 0; x < g.width(); ++x) {
        const QRgb p = out[0].pixel(x, y), q = g.pixel(x, y);
        worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q))});
      }
    QVERIFY2(worst <= 24, qPrintable(QStringLiteral("worst channel error %1").arg(worst)));
    QVERIFY(near(out[0].pixel(128, 32), g.pixel(128, 32), 16));
  }

  void flatColoursStayExactBesideManyOthers() {
    // A window-like frame: a flat background and card fill, and a gradient
    // that forces the median cut. The flat colours must come back exactly, or
    // a later frame's changed rectangle shows a seam against the first.
    QImage img(200, 120, QImage::Format_RGB32);
    img.fill(qRgb(0xef, 0xef, 0xef));
    QPainter(&img).fillRect(QRect(10, 10, 60, 40), QColor(0xcf, 0xe6, 0xf5));
    for (int y = 60; y < 120; ++y)
      for (int x = 0; x < 200; ++x) img.setPixel(x, y, qRgb(x, y * 2, (x + y) & 255));
    QImage next = img.copy();
    QPainter(&next).fillRect(QRect(100, 5, 20, 20), QColor(0xef, 0xef, 0xef).darker(150));
    const QList<QImage> out = decode(encode({img, next}, 100));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].pixel(5, 5), qRgb(0xef, 0xef, 0xef));
    QCOMPARE(out[0].pixel(30, 30), qRgb(0xcf, 0xe6, 0xf5));
    QCOMPARE(out[1].pixel(99, 5), qRgb(0xef, 0xef, 0xef));
    QCOMPARE(out[1].pixel(121, 24), qRgb(0xef, 0xef, 0xef));
  }

  void noiseRoundTripsExactlyThroughManyTableResets() {
    // 256 colours in random order: almost nothing repeats, so the 4096-code
    // table fills and is cleared dozens of times; every pixel must survive.
    QList<QRgb> colours;
    for (int i = 0; i < 256; ++i) colours << qRgb(i, (i * 7) & 255, (i * 13) & 255);
    QImage n(300, 200, QImage::Format_RGB32);
    QRandomGenerator rng(42);
    for (int y = 0; y < n.height(); ++y)
      for (int x = 0; x < n.width(); ++x) n.setPixel(x, y, colours[rng.bounded(256)]);
    // Few colours too (2 and 3: the smallest code sizes).
    QImage two(50, 50, QImage::Format_RGB32);
    for (int y = 0; y < 50; ++y)
      for (int x = 0; x < 50; ++x)
        two.setPixel(x, y, (x * y + x) % 3 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    const QList<QImage> out = decode(encode({n}, 100));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0], n);
    const QList<QImage> out2 = decode(encode({two}, 100));
    QCOMPARE(out2.size(), 1);
    QCOMPARE(out2[0], two);
  }

  void aFrameOfAnotherSizeIsRefused() {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    GifWriter gif(&buf, QSize(10, 10));
    QImage wrong(12, 10, QImage::Format_RGB32);
    wrong.fill(Qt::white);
    QVERIFY(!gif.addFrame(wrong, 100));
    QVERIFY(!gif.errorString().isEmpty());
  }

  void exactPaletteWhenFewColours() {
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(qRgb(1, 2, 3));
    img.setPixel(3, 3, qRgb(250, 251, 252));
    fsui::ImagePalette pal(img, img.rect());
    QCOMPARE(pal.colors().size(), 2);
    QCOMPARE(pal.colors()[pal.indexOf(qRgb(250, 251, 252))], qRgb(250, 251, 252));
  }
};

QTEST_MAIN(TestGifWriter)
#include "test_gif_writer.moc"
