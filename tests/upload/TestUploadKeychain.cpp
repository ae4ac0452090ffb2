// Upload tokens in the system keychain, for real. Run twice by CTest: under a private D-Bus session with
// gnome-keyring-daemon (SD_KEYCHAIN_EXPECT=secret-service: the keychain keeps the token and the CLI reads
// it from there) and with no Secret Service at all (SD_KEYCHAIN_EXPECT=none: the user is told, the token is
// kept for the session only). Both check that the token never reaches the workspace, the settings or the
// output.

#include "PackageFixture.h"
#include "TestSupport.h"
#include "TusServerProcess.h"

#include "upload/UploadTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestUploadKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QString m_mode;

    // Every file under `dir` that holds `needle`.
    static QStringList filesHolding(const QString &dir, const QByteArray &needle)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                out.append(f.fileName());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("SD_KEYCHAIN_EXPECT");
        if (m_mode == "skip"_L1)
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
        if (m_mode.isEmpty())
            QSKIP("run by CTest with SD_KEYCHAIN_EXPECT=secret-service or none");
        if (!TokenVault::keychainBuiltIn())
            QSKIP("built without QtKeychain");
        if (const QString why = TusServerProcess::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!TestSupport::haveProgram(u"ffmpeg"_s))
            QSKIP("ffmpeg is not installed");
        // Settings of this test and of the CLI it starts: a private folder.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(u"SubmitDesk"_s);
        QCoreApplication::setApplicationName(u"SubmitDesk"_s);
    }

    void tokenStaysInTheKeychainOrTheSession()
    {
        const QByteArray token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        PackageFixture f;
        TusServerProcess server;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        TusServerProcess::Options options;
        options.token = QString::fromLatin1(token);
        QVERIFY2(server.start(options, &error), qPrintable(error));

        UploadTarget target;
        target.name = u"province"_s;
        target.endpoint = QUrl(server.endpoint());
        target.user = u"clerk"_s;
        UploadTargets::save({target});
        TokenVault vault;
        QString notice;
        const bool inKeychain = vault.writeBlocking(target.name, QString::fromLatin1(token), &notice);
        QString back;
        QVERIFY(vault.readBlocking(target.name, &back, &error));
        QCOMPARE(back.toLatin1(), token);

        QStringList args{u"upload"_s,    f.temp().path(), u"--batch"_s,
                         f.batch().name, u"--target"_s,   target.name};
        QProcess cli;
        if (m_mode == "secret-service"_L1) {
            QVERIFY2(inKeychain, qPrintable(notice));
            QVERIFY(!TokenVault::sessionOnly(target.name));
            cli.start(TestSupport::cliPath(), args); // reads the token from the keychain itself
        } else {
            QVERIFY(!inKeychain);
            QVERIFY2(notice.contains(u"keychain"_s), qPrintable(notice));
            QVERIFY(TokenVault::sessionOnly(target.name));
            cli.start(TestSupport::cliPath(), args << u"--token-stdin"_s);
            cli.write(token + '\n');
            cli.closeWriteChannel();
        }
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        QVERIFY(!out.contains(token));
        f.workspace().close();
        QCOMPARE(filesHolding(f.dir(), token), QStringList()); // workspace, -wal, exported package
        QVERIFY(QFileInfo::exists(m_config.path() + u"/SubmitDesk/SubmitDesk.conf"_s));
        QCOMPARE(filesHolding(m_config.path(), token), QStringList());
        if (m_mode == "secret-service"_L1) // (without a keychain there is nothing to remove there)
            QVERIFY2(vault.removeBlocking(target.name, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestUploadKeychain)
#include "TestUploadKeychain.moc"
