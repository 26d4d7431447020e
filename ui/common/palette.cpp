// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/palette.h"

namespace fsui {

QColor okabeIto(OkabeIto c) {
  switch (c) {
  case OkabeIto::Black: return QColor(0x00, 0x00, 0x00);
  case OkabeIto::Orange: return QColor(0xE6, 0x9F, 0x00);
  case OkabeIto::SkyBlue: return QColor(0x56, 0xB4, 0xE9);
  case OkabeIto::BluishGreen: return QColor(0x00, 0x9E, 0x73);
  case OkabeIto::Yellow: return QColor(0xF0, 0xE4, 0x42);
  case OkabeIto::Blue: return QColor(0x00, 0x72, 0xB2);
  case OkabeIto::Vermillion: return QColor(0xD5, 0x5E, 0x00);
  case OkabeIto::ReddishPurple: return QColor(0xCC, 0x79, 0xA7);
  }
  return QColor(Qt::black);
}

QColor activityColor(Activity a) {
  switch (a) {
  case Activity::User: return okabeIto(OkabeIto::BluishGreen);
  case Activity::Kernel: return okabeIto(OkabeIto::Blue);
  case Activity::Spin: return okabeIto(OkabeIto::Vermillion);
  case Activity::Idle: return QColor(0xd8, 0xd8, 0xd8);
  }
  return QColor(Qt::gray);
}

QColor lockHeldColor() { return okabeIto(OkabeIto::SkyBlue); }
// Not Vermillion: that is "spinning", and the two sit side by side in the legend.
QColor lockContendedColor() { return okabeIto(OkabeIto::ReddishPurple); }

QColor forkResultColor(int result) {
  switch (result) {
  case 0: return okabeIto(OkabeIto::BluishGreen);
  case 1: return okabeIto(OkabeIto::Orange);
  case 2: return okabeIto(OkabeIto::ReddishPurple);
  case 3: return okabeIto(OkabeIto::Vermillion);
  default: return QColor(0x80, 0x80, 0x80);
  }
}

} // namespace fsui
