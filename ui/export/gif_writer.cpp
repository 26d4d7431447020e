// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/gif_writer.h"

#include <QIODevice>
#include <algorithm>
#include <cstdint>
#include <vector>

#include "ui/export/median_cut.h"

namespace fsui {

namespace {
void put16(QByteArray& out, int v) {
  out.append(static_cast<char>(v & 0xff));
  out.append(static_cast<char>((v >> 8) & 0xff));
}

// Codes are packed least significant bit first.
struct BitWriter {
  QByteArray& out;
  uint32_t bits = 0;
  int count = 0;
  void write(uint32_t code, int width) {
    bits |= code << count;
    count += width;
    while (count >= 8) {
      out.append(static_cast<char>(bits & 0xff));
      bits >>= 8;
      count -= 8;
    }
  }
  void flush() {
    if (count > 0) out.append(static_cast<char>(bits & 0xff));
    bits = 0;
    count = 0;
  }
};

// The rectangle where two frames of one size differ (empty when identical).
QRect changedRect(const QImage& a, const QImage& b) {
  int top = -1, bottom = -1, left = a.width(), right = -1;
  for (int y = 0; y < a.height(); ++y) {
    const auto* la = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const auto* lb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
    int x0 = 0;
    while (x0 < a.width() && la[x0] == lb[x0]) ++x0;
    if (x0 == a.width()) continue;
    int x1 = a.width() - 1;
    while (la[x1] == lb[x1]) --x1;
    if (top < 0) top = y;
    bottom = y;
    left = std::min(left, x0);
    right = std::max(right, x1);
  }
  if (top < 0) return {};
  return QRect(QPoint(left, top), QPoint(right, bottom));
}
} // namespace

QByteArray GifWriter::lzwEncode(const uchar* indices, qsizetype count, int minCodeSize) {
  // The string table as an open-addressing hash: key (prefix code << 8 |
  // next index) -> code, both packed in one word.
  constexpr uint32_t kMaxCode = 4095;
  constexpr size_t kTableSize = 16384;
  constexpr uint32_t kEmpty = 0xffffffffu;
  std::vector<uint32_t> table(kTableSize, kEmpty);
  QByteArray out;
  BitWriter bw{out};
  const uint32_t clear = 1u << minCodeSize, eoi = clear + 1;
  int width = minCodeSize + 1;
  uint32_t hi = eoi, overflow = clear << 1;
  // hi is the last code assigned; the decoder assigns one per code it reads
  // after the first, so the width grows when hi reaches the next power of two.
  auto incHi = [&]() -> bool {
    ++hi;
    if (hi == overflow) {
      ++width;
      overflow <<= 1;
    }
    if (hi == kMaxCode) { // table full: start again
      bw.write(clear, width);
      width = minCodeSize + 1;
      hi = eoi;
      overflow = clear << 1;
      std::fill(table.begin(), table.end(), kEmpty);
      return false;
    }
    return true;
  };
  bw.write(clear, width);
  if (count == 0) {
    bw.write(eoi, width);
    bw.flush();
    return out;
  }
  uint32_t code = indices[0];
  for (qsizetype i = 1; i < count; ++i) {
    const uint32_t literal = indices[i];
    const uint32_t key = code << 8 | literal;
    size_t h = ((key >> 12) ^ key) & (kTableSize - 1);
    bool found = false;
    for (; table[h] != kEmpty; h = (h + 1) & (kTableSize - 1))
      if (table[h] >> 12 == key) {
        code = table[h] & kMaxCode;
        found = true;
        break;
      }
    if (found) continue;
    bw.write(code, width);
    code = literal;
    if (incHi()) table[h] = key << 12 | hi;
  }
  bw.write(code, width);
  incHi();
  bw.write(eoi, width);
  bw.flush();
  return out;
}

GifWriter::GifWriter(QIODevice* device, QSize size, int loops) : device_(device), size_(size) {
  if (size.width() < 1 || size.height() < 1 || size.width() > 65535 || size.height() > 65535) {
    error_ = QStringLiteral("invalid GIF size");
    return;
  }
  QByteArray head("GIF89a");
  put16(head, size.width());
  put16(head, size.height());
  head.append('\0'); // no global colour table: every frame has its own
  head.append('\0'); // background colour index
  head.append('\0'); // pixel aspect ratio: square
  // NETSCAPE2.0: loop count (0 = forever).
  head.append("\x21\xff\x0bNETSCAPE2.0\x03\x01", 16);
  put16(head, std::clamp(loops, 0, 65535));
  head.append('\0');
  write(head);
}

bool GifWriter::write(const QByteArray& bytes) {
  if (!error_.isEmpty()) return false;
  if (device_->write(bytes) != bytes.size()) {
    error_ = device_->errorString();
    return false;
  }
  return true;
}

bool GifWriter::addFrame(const QImage& image, int delayMs) {
  if (!error_.isEmpty()) return false;
  if (image.size() != size_) {
    error_ = QStringLiteral("frame %1 has another size").arg(frames_);
    return false;
  }
  const QImage frame = image.convertToFormat(QImage::Format_RGB32);
  QRect area = frame.rect();
  if (!previous_.isNull()) {
    area = changedRect(previous_, frame);
    if (area.isEmpty()) area = QRect(0, 0, 1, 1); // unchanged: one pixel, same colour
  }
  previous_ = frame;

  ImagePalette palette(frame, area);
  const QList<QRgb>& colors = palette.colors();
  int bits = 1; // the colour table holds 2^bits entries
  while ((1 << bits) < colors.size()) ++bits;
  std::vector<uchar> indices(static_cast<size_t>(area.width()) *
                             static_cast<size_t>(area.height()));
  size_t n = 0;
  for (int y = area.top(); y <= area.bottom(); ++y) {
    const auto* line = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
    QRgb last = 0;
    uchar index = 0;
    for (int x = area.left(); x <= area.right(); ++x) {
      if (x == area.left() || line[x] != last) index = palette.indexOf(last = line[x]);
      indices[n++] = index;
    }
  }

  QByteArray out;
  // Graphic control extension: leave the frame in place, the delay in 1/100 s.
  out.append("\x21\xf9\x04", 3);
  out.append(static_cast<char>(1 << 2));
  put16(out, std::clamp((delayMs + 5) / 10, 0, 65535));
  out.append('\0'); // transparent index (unused)
  out.append('\0');
  // Image descriptor with a local colour table of 2^bits entries.
  out.append('\x2c');
  put16(out, area.left());
  put16(out, area.top());
  put16(out, area.width());
  put16(out, area.height());
  out.append(static_cast<char>(0x80 | (bits - 1)));
  for (int i = 0; i < (1 << bits); ++i) {
    const QRgb c = i < colors.size() ? colors[i] : qRgb(0, 0, 0);
    out.append(static_cast<char>(qRed(c)));
    out.append(static_cast<char>(qGreen(c)));
    out.append(static_cast<char>(qBlue(c)));
  }
  const int minCodeSize = std::max(2, bits);
  out.append(static_cast<char>(minCodeSize));
  const QByteArray data =
      lzwEncode(indices.data(), static_cast<qsizetype>(indices.size()), minCodeSize);
  for (qsizetype pos = 0; pos < data.size(); pos += 255) {
    const qsizetype len = std::min<qsizetype>(255, data.size() - pos);
    out.append(static_cast<char>(len));
    out.append(data.constData() + pos, len);
  }
  out.append('\0'); // block terminator
  if (!write(out)) return false;
  ++frames_;
  return true;
}

bool GifWriter::finish() { return write(QByteArray(1, '\x3b')); }

} // namespace fsui
