// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainTokenStore on QtKeychain/libsecret, never against the user's own keyring: the test
// drops any session bus it inherited, checks that "no keychain" reports Unavailable, then runs
// its own dbus-daemon and gnome-keyring-daemon (in a temporary HOME) for a real round trip, and
// checks that a keyring that cannot answer (locked, nobody to type the password) is reported as
// Unavailable within the time limit instead of hanging sign-in.
#include "ui/KeychainTokenStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using recado::sync::TokenStore;
using recado::ui::KeychainTokenStore;

namespace {
TokenStore::Result run(const std::function<void(TokenStore::Callback)> &call, int waitMs = 20000)
{
    std::optional<TokenStore::Result> result;
    call([&result](const TokenStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, waitMs))
        qWarning("no answer from the token store within %d ms", waitMs);
    return result.value_or(
        TokenStore::Result{TokenStore::Status::Failed, {}, QStringLiteral("no answer")});
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's keyring.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        QVERIFY(m_dir.isValid());
    }

    void noSessionBusIsUnavailable()
    {
        KeychainTokenStore store(QStringLiteral("recado-test"));
        store.setTimeoutMs(5000);
        const auto r = run([&](auto done) {
            store.write(QStringLiteral("ana@test"), QStringLiteral("tok"), done);
        });
        QCOMPARE(r.status, TokenStore::Status::Unavailable);
        QVERIFY(!r.message.isEmpty());
    }

    void unlockedKeyringRoundTrip()
    {
        if (!startBus())
            QSKIP("dbus-daemon is not available");
        if (!startKeyring(true))
            QSKIP("gnome-keyring-daemon is not available");
        KeychainTokenStore store(QStringLiteral("recado-test"));
        const QString key = QStringLiteral("ana@http://127.0.0.1:1");
        auto w = run([&](auto done) { store.write(key, QStringLiteral("tok-abc-123"), done); });
        if (w.status == TokenStore::Status::Unavailable)
            QSKIP(qPrintable(QStringLiteral("private keyring not usable here: ") + w.message));
        QCOMPARE(w.status, TokenStore::Status::Ok);
        auto r = run([&](auto done) { store.read(key, done); });
        QCOMPARE(r.status, TokenStore::Status::Ok);
        QCOMPARE(r.token, QStringLiteral("tok-abc-123"));
        QCOMPARE(run([&](auto done) { store.remove(key, done); }).status, TokenStore::Status::Ok);
        QCOMPARE(run([&](auto done) { store.read(key, done); }).status,
                 TokenStore::Status::NotFound);
    }

    void lockedKeyringIsUnavailable()
    {
        // libsecret keeps its D-Bus session for the life of the process, so this case runs in
        // a fresh copy of this test with its own bus and a keyring daemon that was never unlocked.
        if (const auto passed = runInChild("lockedKeyringIsUnavailable")) {
            QVERIFY(*passed);
            return;
        }
        if (!startBus())
            QSKIP("dbus-daemon is not available");
        // A keyring daemon that was never unlocked: writing needs a password prompt that no one
        // can answer on this box.
        if (!startKeyring(false))
            QSKIP("gnome-keyring-daemon is not available");
        KeychainTokenStore store(QStringLiteral("recado-test"));
        store.setTimeoutMs(2000);
        QElapsedTimer t;
        t.start();
        const auto r = run([&](auto done) {
            store.write(QStringLiteral("ana@test"), QStringLiteral("tok"), done);
        });
        // Either the keyring refuses at once or our time limit answers; never a hang.
        QCOMPARE(r.status, TokenStore::Status::Unavailable);
        QVERIFY(t.elapsed() < 5000);
        stopKeyring();
    }

    void unansweringKeyringTimesOut()
    {
        if (const auto passed = runInChild("unansweringKeyringTimesOut")) {
            QVERIFY(*passed);
            return;
        }
        // The bus "starts" the secrets service on demand, but the program never claims the
        // name: every call waits, exactly like libsecret behind a locked keyring whose unlock
        // prompt nobody can see. Only our time limit ends the wait.
        if (!startBus(true))
            QSKIP("dbus-daemon is not available");
        KeychainTokenStore store(QStringLiteral("recado-test"));
        store.setTimeoutMs(1500);
        QElapsedTimer t;
        t.start();
        const auto r = run([&](auto done) { store.read(QStringLiteral("ana@test"), done); });
        QCOMPARE(r.status, TokenStore::Status::Unavailable);
        QVERIFY2(r.message.contains(QLatin1String("did not answer")), qPrintable(r.message));
        QVERIFY(t.elapsed() >= 1400 && t.elapsed() < 5000);
        // The queue is not stuck behind the abandoned job.
        const auto again = run([&](auto done) { store.remove(QStringLiteral("ana@test"), done); });
        QCOMPARE(again.status, TokenStore::Status::Unavailable);
    }

    void cleanupTestCase()
    {
        stopKeyring();
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.kill();
            m_bus.waitForFinished(2000);
        }
    }

private:
    //! In the parent: runs `function` in a fresh copy of this test and says whether it passed
    //! (libsecret keeps its D-Bus session for the life of a process, so each bus setup needs its
    //! own process). In that child: nullopt, run the test here.
    std::optional<bool> runInChild(const char *function)
    {
        if (!qEnvironmentVariableIsEmpty("RECADO_KEYCHAIN_CHILD"))
            return std::nullopt;
        QProcess child;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("RECADO_KEYCHAIN_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(e);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(function)});
        if (!child.waitForFinished(60000)) {
            child.kill();
            qWarning("child test did not finish");
        }
        const QByteArray out = child.readAll();
        const bool passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        if (!passed || out.contains("SKIP   :"))
            qWarning("%s", out.constData());
        return passed;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("xdg")));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        e.remove(QStringLiteral("DISPLAY"));
        return e;
    }

    bool startBus(bool hangingSecrets = false)
    {
        if (!m_address.isEmpty())
            return true;
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            return false;
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("xdg")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("xdg")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QStringList args{QStringLiteral("--nofork"), QStringLiteral("--print-address=1")};
        if (hangingSecrets) {
            const QString services = m_dir.filePath(QStringLiteral("services"));
            QDir().mkpath(services);
            QFile svc(services + QStringLiteral("/org.freedesktop.secrets.service"));
            if (!svc.open(QIODevice::WriteOnly))
                return false;
            svc.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/sleep 20\n");
            svc.close();
            QFile conf(m_dir.filePath(QStringLiteral("bus.conf")));
            if (!conf.open(QIODevice::WriteOnly))
                return false;
            conf.write(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                "<servicedir>" +
                services.toUtf8() +
                "</servicedir>"
                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            conf.close();
            args << QStringLiteral("--config-file=") + conf.fileName();
        } else {
            args << QStringLiteral("--session");
        }
        m_bus.start(QStringLiteral("dbus-daemon"), args);
        if (!m_bus.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!m_bus.canReadLine() && t.elapsed() < 5000)
            m_bus.waitForReadyRead(200);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        if (m_address.isEmpty())
            return false;
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        return true;
    }

    bool startKeyring(bool unlocked)
    {
        stopKeyring();
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            return false;
        m_keyring.setProcessEnvironment(env());
        QStringList args{QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--replace")};
        if (unlocked)
            args << QStringLiteral("--unlock");
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"), args);
        if (!m_keyring.waitForStarted(5000))
            return false;
        if (unlocked)
            m_keyring.write("recado-test-pass");
        m_keyring.closeWriteChannel();
        QTest::qWait(700); // let it claim org.freedesktop.secrets
        return true;
    }

    void stopKeyring()
    {
        if (m_keyring.state() == QProcess::NotRunning)
            return;
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(2000))
            m_keyring.kill();
        m_keyring.waitForFinished(2000);
    }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
