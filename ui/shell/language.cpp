// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/language.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <filesystem>

#include "core/support/data_dirs.h"

namespace fsui {

namespace {
// Marks our translators among the application's children, so a second call
// (a test switching languages) can find and remove them.
const QString kTranslatorName = QStringLiteral("fsuiTranslator");

QString qmPath(const QString& code) { return QStringLiteral(":/i18n/forkscope_%1.qm").arg(code); }

// The first of the system's preferred languages that we can show: English
// (no translation needed) or one with a forkscope_<code>.qm. "de-AT" falls
// back to "de". English wins when it comes first even if a translation for a
// later fallback language exists.
QString systemLanguage() {
  for (QString ui : QLocale::system().uiLanguages()) {
    ui.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lang = ui.section(QLatin1Char('_'), 0, 0).toLower();
    if (lang == QLatin1String("en") || lang == QLatin1String("c")) return QStringLiteral("en");
    if (QFile::exists(qmPath(ui))) return ui;
    if (QFile::exists(qmPath(lang))) return lang;
  }
  return QStringLiteral("en");
}

bool install(QApplication& app, const QString& file, const QString& dir) {
  auto* t = new QTranslator(&app);
  t->setObjectName(kTranslatorName);
  if (!t->load(file, dir) || !QCoreApplication::installTranslator(t)) {
    delete t;
    return false;
  }
  return true;
}
} // namespace

QList<Language> availableLanguages() {
  return {{QString(), QCoreApplication::translate("Language", "System default")},
          {QStringLiteral("en"), QStringLiteral("English")},
          {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString languageSettingsKey() { return QStringLiteral("ui/language"); }

QString savedLanguage() { return QSettings().value(languageSettingsKey()).toString(); }

void saveLanguage(const QString& code) {
  QSettings s;
  if (code.isEmpty())
    s.remove(languageSettingsKey());
  else
    s.setValue(languageSettingsKey(), code);
}

QString languageFromArguments(const QStringList& args) {
  const QString opt = QStringLiteral("--lang");
  for (qsizetype i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--")) break;
    if (args[i] == opt && i + 1 < args.size()) return args[i + 1];
    if (args[i].startsWith(opt + QLatin1Char('='))) return args[i].mid(opt.size() + 1);
  }
  return {};
}

QString installTranslators(QApplication& app, const QString& forced) {
  const auto old = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
  for (QTranslator* t : old) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  QString code = forced.isEmpty() ? savedLanguage() : forced;
  if (code.isEmpty() || code == QLatin1String("system")) code = systemLanguage();
  code.replace(QLatin1Char('-'), QLatin1Char('_'));
  if (!QFile::exists(qmPath(code))) code = code.section(QLatin1Char('_'), 0, 0);
  if (!QFile::exists(qmPath(code))) code = QStringLiteral("en");
  // English is the source language; forkscope_en.qm holds only its plural
  // forms ("1 step", "2 steps" for "%n step(s)").
  install(app, qmPath(code), QString());
  // Qt's own strings (button boxes, file dialogs, shortcut names): optional,
  // Debian ships them in qt6-translations-l10n.
  // Where Qt's are not (a deployed Windows or macOS app), also look in the
  // data roots' translations/ (core/support/data_dirs.h).
  if (code != QLatin1String("en") && !install(app, QStringLiteral("qtbase_%1").arg(code),
                                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    const std::filesystem::path exeDir(QCoreApplication::applicationDirPath().toStdU16String());
    for (const std::filesystem::path& d : fs::translation_search_dirs(exeDir))
      if (install(app, QStringLiteral("qtbase_%1").arg(code),
                  QString::fromStdU16String(d.generic_u16string())))
        break;
  }
  return code;
}

} // namespace fsui
