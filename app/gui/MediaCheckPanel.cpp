#include "MediaCheckPanel.h"

#include "DetailsDisclosure.h"
#include "MediaCheckWording.h"

#include "media/MediaCheckService.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { RuleColumn, StatusColumn, ExpectedColumn, ActualColumn, MessageColumn };

QIcon statusIcon(const QStyle *style, CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckResult::Status::Error:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

} // namespace

MediaCheckPanel::MediaCheckPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)), m_files(new QComboBox(this)),
      m_link(new QPushButton(tr("Check &link"), this)), m_deep(new QPushButton(tr("&Deep check"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_details(new DetailsDisclosure(u"mediaCheckDetails"_s, this))
{
    setObjectName(u"mediaCheckPanel"_s);
    m_summary->setObjectName(u"mediaCheckSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"mediaCheckTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Rule"), tr("Result"), tr("Expected"), tr("Actual"), tr("What it means")});
    // Plain words first: the measured and required values show with the details.
    showTechnicalColumns(false);
    connect(m_details, &DetailsDisclosure::toggled, this, &MediaCheckPanel::showTechnicalColumns);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_progress->setObjectName(u"mediaCheckProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_deep->setObjectName(u"mediaCheckDeep"_s);
    m_deep->setToolTip(tr("Decode every frame and sound packet and report decode errors (slow)."));
    m_cancel->setObjectName(u"mediaCheckCancel"_s);
    m_cancel->setEnabled(false);
    m_files->setObjectName(u"mediaCheckFile"_s);
    m_files->hide();
    m_link->setObjectName(u"mediaCheckLink"_s);
    m_link->setToolTip(
        tr("Fetch the course link now (HEAD, then GET) and judge its protection level and filing."));
    m_link->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_link);
    buttons->addWidget(m_deep);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_files);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_deep, &QPushButton::clicked, this, &MediaCheckPanel::deepCheck);
    connect(m_link, &QPushButton::clicked, this, &MediaCheckPanel::checkLinkNow);
    connect(m_files, &QComboBox::activated, this,
            [this](int index) { showFile(m_files->itemData(index).toString(), m_kind); });
    connect(m_cancel, &QPushButton::clicked, this, &MediaCheckPanel::cancel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MediaCheckPanel::showContextMenu);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!m_path.isEmpty())
            emit openRequested(m_path);
    });
    clear();
}

void MediaCheckPanel::setService(MediaCheckService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (!service)
        return;
    connect(service, &MediaCheckService::started, this, &MediaCheckPanel::onStarted);
    connect(service, &MediaCheckService::progress, this, &MediaCheckPanel::onProgress);
    connect(service, &MediaCheckService::finished, this, &MediaCheckPanel::onFinished);
    connect(service, &MediaCheckService::cancelled, this, &MediaCheckPanel::onCancelled);
}

void MediaCheckPanel::showFiles(const QStringList &paths, const QString &kind)
{
    m_files->clear();
    // Files known to fail come first (from the cache; the others are checked when shown).
    QStringList ordered = paths;
    std::stable_sort(ordered.begin(), ordered.end(), [this, &kind](const QString &a, const QString &b) {
        return knownToFail(a, kind) && !knownToFail(b, kind);
    });
    for (const QString &p : std::as_const(ordered))
        m_files->addItem(QFileInfo(p).fileName(), p);
    m_files->setVisible(paths.size() > 1);
    showFile(ordered.value(0), kind);
}

bool MediaCheckPanel::knownToFail(const QString &path, const QString &kind) const
{
    CheckReport report;
    return m_service && m_service->cached(path, kind, false, &report) &&
           report.verdict() != CheckReport::Verdict::Pass;
}

void MediaCheckPanel::showLinkResource(const QString &url, const QString &protectionLevel,
                                       const QString &filingNumber)
{
    m_files->clear();
    m_files->hide();
    m_path = url;
    m_kind = u"link"_s;
    m_protectionLevel = protectionLevel;
    m_filingNumber = filingNumber;
    m_report = CheckReport();
    m_table->clear();
    setBusy(false);
    m_link->show();
    m_link->setEnabled(!url.isEmpty() && m_service);
    CheckReport last;
    if (m_service && !url.isEmpty() && m_service->cachedLink(url, &last))
        setReport(last);
    else
        m_summary->setText(url.isEmpty() ? tr("No course link to check.")
                                         : tr("%1 has not been checked yet: press \"Check link\".").arg(url));
}

void MediaCheckPanel::checkLinkNow()
{
    if (m_kind == "link"_L1)
        showLink(m_path, m_protectionLevel, m_filingNumber);
}

// The deep check decodes every frame: video and audio files have one, links and documents (PDF) do not.
bool MediaCheckPanel::decodes(const QString &kind)
{
    return kind != "link"_L1 && kind != "document"_L1;
}

void MediaCheckPanel::showFile(const QString &path, const QString &kind)
{
    m_link->hide();
    m_path = path;
    m_kind = kind;
    m_report = CheckReport();
    m_table->clear();
    m_details->setDetails(path);
    m_summary->setText(tr("Checking %1 …").arg(QFileInfo(path).fileName()));
    m_deep->setEnabled(!path.isEmpty() && decodes(kind));
    if (!m_service || path.isEmpty())
        return;
    if (m_service->isRunning(path))
        setBusy(true);
    else
        m_service->check(path, kind, false);
}

void MediaCheckPanel::showLink(const QString &url, const QString &protectionLevel,
                               const QString &filingNumber)
{
    m_path = url;
    m_kind = u"link"_s;
    m_protectionLevel = protectionLevel;
    m_filingNumber = filingNumber;
    m_link->show();
    m_table->clear();
    m_deep->setEnabled(false);
    m_summary->setText(tr("Checking %1 …").arg(url));
    if (m_service && !url.isEmpty())
        m_service->checkLink(url, protectionLevel, filingNumber);
}

void MediaCheckPanel::clear()
{
    m_path.clear();
    m_files->clear();
    m_files->hide();
    m_link->hide();
    m_report = CheckReport();
    m_table->clear();
    m_details->setDetails(QString());
    m_summary->setText(tr("No file to check."));
    m_deep->setEnabled(false);
    setBusy(false);
}

void MediaCheckPanel::setReport(const CheckReport &report)
{
    m_report = report;
    m_table->clear();
    const QStyle *s = style();
    QString verdict;
    switch (report.verdict()) {
    case CheckReport::Verdict::Pass:
        verdict = report.count(CheckResult::Status::Warning) > 0
                      ? tr("Meets the standard, with %n warning(s).", nullptr,
                           report.count(CheckResult::Status::Warning))
                      : tr("Meets the standard.");
        break;
    case CheckReport::Verdict::Fail:
        verdict = tr("Does not meet the standard: %n rule(s) failed.", nullptr,
                     report.count(CheckResult::Status::Fail));
        break;
    case CheckReport::Verdict::Error:
        verdict = tr("Could not be checked: the file may be damaged or not a media file. See Details.");
        break;
    }
    if (report.deep)
        verdict += u' ' + tr("(deep check done)");
    if (report.checkedAt.isValid())
        verdict +=
            u' ' +
            tr("Checked %1.").arg(QLocale().toString(report.checkedAt.toLocalTime(), QLocale::ShortFormat));
    m_summary->setText(summaryFor(report, verdict));
    // What fails first: Error, Fail, Warning, Pass, each in the profile's order.
    QList<CheckResult> checks = report.checks;
    std::stable_sort(checks.begin(), checks.end(), [](const CheckResult &a, const CheckResult &b) {
        return int(a.status) > int(b.status);
    });
    for (const CheckResult &r : std::as_const(checks)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(RuleColumn, r.label()); // the profile's name of the rule; its id stays as data
        item->setData(RuleColumn, Qt::UserRole, r.id);
        item->setIcon(StatusColumn, statusIcon(s, r.status));
        item->setText(StatusColumn, MediaCheckWording::statusText(r.status));
        item->setData(StatusColumn, Qt::UserRole, CheckResult::statusName(r.status));
        item->setText(ExpectedColumn, r.expected);
        item->setText(ActualColumn, r.actual);
        const QString plain = MediaCheckWording::plain(r, m_kind);
        item->setText(MessageColumn, plain);
        for (int c = 0; c <= MessageColumn; ++c)
            item->setToolTip(c, plain);
        if (!r.explain.isEmpty())
            item->setToolTip(RuleColumn, r.explain);
    }
    m_details->setDetails(MediaCheckWording::details(report, m_path));
    emit reportChanged(report);
}

// The verdict, led by the file's name when it fails, with the failing rules named.
QString MediaCheckPanel::summaryFor(const CheckReport &report, const QString &verdict) const
{
    if (report.verdict() != CheckReport::Verdict::Fail || m_path.isEmpty())
        return verdict;
    QStringList failing;
    for (const CheckResult &r : report.checks)
        if (r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Error)
            failing.append(r.name.isEmpty() ? r.id : r.name);
    const QString name = m_kind == "link"_L1 ? m_path : QFileInfo(m_path).fileName();
    return tr("%1: %2 Failing: %3.").arg(name, verdict, QLocale().createSeparatedList(failing));
}

void MediaCheckPanel::showContextMenu(const QPoint &pos)
{
    if (m_path.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(u"mediaCheckMenu"_s);
    const bool file = m_kind != "link"_L1;
    auto add = [&menu](const QString &text, const char *name, bool enabled, auto slot) {
        QAction *action = menu.addAction(text);
        action->setObjectName(QLatin1StringView(name));
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, slot);
    };
    const QString path = m_path;
    add(tr("&Play"), "mediaPlay", file, [this, path] { emit playRequested(path); });
    add(tr("Open Containing &Folder"), "mediaOpenFolder", file,
        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    add(tr("&Replace File…"), "mediaReplace",
        file && isSignalConnected(QMetaMethod::fromSignal(&MediaCheckPanel::replaceRequested)),
        [this, path] { emit replaceRequested(path); });
    add(tr("&Fix…"), "mediaFix",
        file && m_report.verdict() == CheckReport::Verdict::Fail &&
            isSignalConnected(QMetaMethod::fromSignal(&MediaCheckPanel::fixRequested)),
        [this, path] { emit fixRequested(path); });
    add(tr("Check &Again"), "mediaCheckAgain", m_service != nullptr, [this] { checkAgain(); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MediaCheckPanel::showTechnicalColumns(bool show)
{
    m_table->setColumnHidden(ExpectedColumn, !show);
    m_table->setColumnHidden(ActualColumn, !show);
}

void MediaCheckPanel::checkAgain()
{
    if (!m_service || m_path.isEmpty())
        return;
    if (m_kind == "link"_L1)
        checkLinkNow();
    else
        m_service->check(m_path, m_kind, m_report.deep);
}

void MediaCheckPanel::deepCheck()
{
    if (m_service && !m_path.isEmpty())
        m_service->check(m_path, m_kind == "link"_L1 ? QString() : m_kind, true);
}

void MediaCheckPanel::cancel()
{
    if (m_service && !m_path.isEmpty())
        m_service->cancel(m_path);
}

void MediaCheckPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_cancel->setEnabled(busy);
    m_deep->setEnabled(!busy && !m_path.isEmpty() && decodes(m_kind));
    m_link->setEnabled(!busy && !m_path.isEmpty() && m_kind == "link"_L1 && m_service);
}

void MediaCheckPanel::onStarted(const QString &path)
{
    if (path == m_path)
        setBusy(true);
}

void MediaCheckPanel::onProgress(const QString &path, double fraction)
{
    if (path == m_path)
        m_progress->setValue(int(fraction * 100));
}

void MediaCheckPanel::onFinished(const QString &path, const CheckReport &report, bool)
{
    if (path != m_path)
        return;
    setBusy(false);
    setReport(report);
}

void MediaCheckPanel::onCancelled(const QString &path)
{
    if (path != m_path)
        return;
    setBusy(false);
    if (m_report.checks.isEmpty())
        m_summary->setText(tr("Check cancelled."));
}
