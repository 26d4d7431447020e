// SPDX-License-Identifier: GPL-3.0-or-later
// The user-interface language: which translations exist, which one the user
// chose (QSettings "ui/language"), and installing the translators for it -
// Forkscope's own (built from resources/translations/*.ts into :/i18n) and
// Qt's, so standard buttons and dialogs speak the same language.
#pragma once
#include <QList>
#include <QString>

class QApplication;

namespace fsui {

struct Language {
  QString code;       // "" = the system's language, else "en", "de", ...
  QString nativeName; // the language's name in that language ("Deutsch")
};

// Every choice the Preferences dialog offers, "System default" first.
QList<Language> availableLanguages();

// The QSettings key that stores the chosen code.
QString languageSettingsKey();
QString savedLanguage();
void saveLanguage(const QString& code);

// The value of --lang CODE or --lang=CODE in a raw argument list, or "".
// Read before QCommandLineParser so that --help is translated too.
QString languageFromArguments(const QStringList& args);

// Installs the translators for `forced` ("en", "de", "system"), or for the
// saved choice when it is empty. Translators installed by an earlier call are
// removed first. Returns the language now in use ("en" when no translation
// was loaded).
QString installTranslators(QApplication& app, const QString& forced = {});

} // namespace fsui
