// SPDX-License-Identifier: GPL-3.0-or-later
// Which steps to export, and how: File > Export Animation (GIF or numbered
// PNGs: steps, frame delay, frame size), Export Steps as PDF and Print (the
// steps). The summary under the fields says what will be written ("41
// frames, 20.5 s") or what is wrong with the steps, and OK waits until they
// are right.
#pragma once
#include <QDialog>

#include "ui/export/run_export.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fsui {

class ExportStepsDialog : public QDialog {
  Q_OBJECT
public:
  enum class Kind { Animation, Pdf, Print };
  // defaultSteps: what the steps field starts with ("0-120", "45").
  ExportStepsDialog(Kind kind, quint64 totalSteps, const QString& defaultSteps,
                    QWidget* parent = nullptr);

  Kind kind() const { return kind_; }
  // Valid when the dialog was accepted.
  ExportOptions options() const;
  QString stepsText() const;
  bool pngSequence() const; // animation: numbered PNGs instead of a GIF

  QLineEdit* stepsEdit() const { return steps_; }
  QLabel* summaryLabel() const { return summary_; }
  QDialogButtonBox* buttons() const { return buttons_; }

  // The steps an animation starts with: from `current` to the next
  // breakpoint hit when there is one (`breakpointStep`), else the whole run,
  // thinned to RunExporter::kDefaultFrames.
  static QString defaultAnimationSteps(quint64 totalSteps, quint64 current,
                                       std::optional<quint64> breakpointStep);

private:
  void updateSummary();
  int mostSteps() const;
  Kind kind_;
  quint64 total_;
  QLineEdit* steps_;
  QComboBox* format_ = nullptr;
  QSpinBox* frameMs_ = nullptr;
  QComboBox* size_ = nullptr;
  QLabel* summary_;
  QDialogButtonBox* buttons_;
};

} // namespace fsui
