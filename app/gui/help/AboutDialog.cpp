#include "help/AboutDialog.h"
#include "ui_about.h"

#include "media/FfmpegVersions.h"
#include "profile/Profile.h"
#include "workspace/SqliteVersion.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QPushButton>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(const Profile &profile, const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    m_ui->aboutIcon->setPixmap(QPixmap(u":/icons/submitdesk.png"_s));
    m_ui->aboutTitle->setText(u"<h3>%1 %2</h3>"_s.arg(tr("SubmitDesk"), QStringLiteral(SUBMITDESK_VERSION)));
    for (const auto &[component, version] : versions(profile)) {
        auto *item = new QTreeWidgetItem(m_ui->aboutVersions, {component, version});
        item->setToolTip(1, version); // a long profile title is elided in the list
    }
    if (!workspacePath.isEmpty()) {
        const QString path = QDir::toNativeSeparators(workspacePath);
        new QTreeWidgetItem(m_ui->aboutVersions, {tr("Workspace file"), path});
        m_ui->aboutVersions->topLevelItem(m_ui->aboutVersions->topLevelItemCount() - 1)->setToolTip(1, path);
    }
    m_ui->aboutVersions->resizeColumnToContents(0);

    QPushButton *copy = m_ui->aboutButtons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"aboutCopy"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionsText()); });
}

AboutDialog::~AboutDialog() = default;

QList<std::pair<QString, QString>> AboutDialog::versions(const Profile &profile)
{
    const auto withBuild = [](const QString &runtime, const QString &build) {
        return runtime == build ? runtime : tr("%1 (built with %2)").arg(runtime, build);
    };
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("SubmitDesk"), QStringLiteral(SUBMITDESK_VERSION)});
    rows.append({u"Qt"_s, withBuild(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))});
    rows.append({u"FFmpeg"_s, FfmpegVersions::release()});
    for (const FfmpegVersions::Library &library : FfmpegVersions::libraries())
        rows.append({library.name, withBuild(library.runtime, library.build)});
    QString error;
    const QString sqlite = SqliteVersion::runtime(&error);
    rows.append({u"SQLite"_s, sqlite.isEmpty() ? tr("unknown (%1)").arg(error) : sqlite});
    rows.append(
        {tr("Profile"), tr("%1, version %2 (%3)").arg(profile.id, profile.version, profile.title.text())});
    return rows;
}

QString AboutDialog::versionsText() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->aboutVersions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->aboutVersions->topLevelItem(i);
        lines.append(item->text(0) + u": "_s + item->text(1));
    }
    return lines.join(u'\n');
}
