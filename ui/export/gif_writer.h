// SPDX-License-Identifier: GPL-3.0-or-later
// An animated GIF (GIF89a) encoder, since Qt reads GIF but cannot write it.
// Frames are streamed to the device as they come: each has its own palette
// (ImagePalette: exact colours or a median cut), and every frame after the
// first holds only the rectangle that changed since the one before
// ("do not dispose"), which keeps a step-by-step animation small. The
// NETSCAPE2.0 extension makes it loop.
#pragma once
#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

namespace fsui {

class GifWriter {
public:
  // loops: 0 = forever.
  GifWriter(QIODevice* device, QSize size, int loops = 0);
  // Every frame must have the writer's size. Delays are rounded to 1/100 s.
  bool addFrame(const QImage& frame, int delayMs);
  // Writes the trailer; the device stays open.
  bool finish();
  int frameCount() const { return frames_; }
  QString errorString() const { return error_; }

  // LZW-compresses colour indices the way GIF wants them (variable-width
  // codes from minCodeSize + 1 bits up to 12, least significant bit first,
  // a clear code first and whenever the table is full, then end of
  // information). The bytes are not yet split into sub-blocks.
  static QByteArray lzwEncode(const uchar* indices, qsizetype count, int minCodeSize);

private:
  bool write(const QByteArray& bytes);
  QIODevice* device_;
  QSize size_;
  QImage previous_;
  int frames_ = 0;
  QString error_;
};

} // namespace fsui
