// SPDX-License-Identifier: GPL-3.0-or-later
// File > Preferences: the settings that outlive a session. For now the
// user-interface language, which applies at the next start because every
// view builds its texts once.
#pragma once
#include <QDialog>

class QComboBox;
class QLabel;

namespace fsui {

class PreferencesDialog : public QDialog {
  Q_OBJECT
public:
  explicit PreferencesDialog(QWidget* parent = nullptr);

  QComboBox* languageBox() const { return language_; }
  // The language code selected in the box ("" = system default).
  QString selectedLanguage() const;

  // Stores the choices in QSettings (called on OK).
  void save();

private:
  void updateHint();

  QComboBox* language_;
  QLabel* hint_;
  QString initial_;
};

} // namespace fsui
