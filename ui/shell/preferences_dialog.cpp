// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/shell/language.h"

namespace fsui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), hint_(new QLabel(this)) {
  setWindowTitle(tr("Preferences"));
  setObjectName(QStringLiteral("preferencesDialog"));
  language_->setObjectName(QStringLiteral("languageBox"));
  for (const Language& l : availableLanguages()) language_->addItem(l.nativeName, l.code);
  initial_ = savedLanguage();
  language_->setCurrentIndex(std::max(0, language_->findData(initial_)));

  hint_->setWordWrap(true);
  hint_->setObjectName(QStringLiteral("languageHint"));

  auto* form = new QFormLayout;
  form->addRow(tr("&Language:"), language_);
  form->addRow(QString(), hint_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch(1);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    save();
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(language_, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateHint);
  updateHint();
  setMinimumWidth(420);
}

QString PreferencesDialog::selectedLanguage() const { return language_->currentData().toString(); }

void PreferencesDialog::save() { saveLanguage(selectedLanguage()); }

void PreferencesDialog::updateHint() {
  // Bold once the choice differs from the running one, so it is not missed.
  const bool changed = selectedLanguage() != initial_;
  const QString text = tr("The language changes the next time Forkscope starts.");
  hint_->setText(changed ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text);
}

} // namespace fsui
