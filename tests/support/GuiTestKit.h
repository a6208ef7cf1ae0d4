// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

// Shared by the GUI tests (tests/ui): where screenshots go and the dark theme they are taken in.
namespace recado::test {

//! `$RECADO_ARTIFACTS_DIR/screenshots` (scripts/test.sh sets it), else
//! <build>/artifacts/screenshots.
inline QString screenshotDir()
{
    const QByteArray env = qgetenv("RECADO_ARTIFACTS_DIR");
    const QString dir = (env.isEmpty() ? QStringLiteral(RECADO_BINARY_DIR "/artifacts")
                                       : QString::fromLocal8Bit(env)) +
                        QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

//! Paints `w` as the user sees it now and saves it as <name>.png; false if it could not be saved.
inline bool saveScreenshot(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    return w->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

//! A system dark theme as GUI tests apply it: the client draws everything from palette roles,
//! so screenshots under this palette show what users of a dark desktop see (disabled roles
//! included, as real themes set them).
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xff));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return p;
}

} // namespace recado::test
