#include "ProfilesDialog.h"

#include "common/Clock.h"
#include "package/BatchRejudge.h"
#include "profile/CampaignStatus.h"
#include "workspace/BatchStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

ProfilesDialog::ProfilesDialog(ProfileRegistry registry, QWidget *parent)
    : QDialog(parent), m_registry(std::move(registry)), m_today(Clock::system().today())
{
    setWindowTitle(tr("Campaign profiles"));
    resize(900, 600);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"profileDetails"_s);
    m_showDetails = new QCheckBox(tr("Show technical details (limits as written in the profile)"), this);
    m_showDetails->setObjectName(u"profileShowDetails"_s);
    m_import = new QPushButton(tr("Import a profile file…"), this);
    m_import->setObjectName(u"profileImport"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"profileMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_judge = new QPushButton(tr("Judge the batch under this profile"), this);
    m_judge->setObjectName(u"profileJudge"_s);
    m_judge->setEnabled(false);
    m_changes = new QTextBrowser(this);
    m_changes->setObjectName(u"profileChanges"_s);
    m_apply = new QPushButton(tr("Use this profile for the batch"), this);
    m_apply->setObjectName(u"profileApply"_s);
    m_apply->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_import);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 3);
    rightLayout->addWidget(m_showDetails);
    rightLayout->addWidget(m_judge);
    rightLayout->addWidget(m_changes, 2);
    rightLayout->addWidget(m_apply);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::showSelected);
    connect(m_showDetails, &QCheckBox::toggled, this, &ProfilesDialog::showSelected);
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::askImport);
    connect(m_judge, &QPushButton::clicked, this, &ProfilesDialog::judge);
    connect(m_apply, &QPushButton::clicked, this, &ProfilesDialog::apply);
    reload();
}

void ProfilesDialog::setBatch(Workspace *workspace, const Batch &batch, const Profile &workspaceProfile,
                              const ValidationContext &context)
{
    m_workspace = workspace;
    m_batch = batch;
    m_workspaceProfile = workspaceProfile;
    m_context = context;
    m_judge->setText(tr("Judge batch \"%1\" under this profile").arg(batch.name));
    showSelected();
}

void ProfilesDialog::setToday(const QDate &today)
{
    m_today = today;
    showSelected();
}

void ProfilesDialog::reload(const QString &select)
{
    m_list->clear();
    const QList<ProfileRegistry::Entry> entries = m_registry.list();
    for (const ProfileRegistry::Entry &e : entries) {
        auto *item = new QListWidgetItem(m_list);
        const QString where = e.source == ProfileRegistry::Source::BuiltIn ? tr("built in") : tr("imported");
        if (e.valid) {
            item->setText(u"%1\n%2 · %3"_s.arg(e.title, e.spec(), where));
            item->setData(Qt::UserRole, e.spec());
        } else {
            item->setText(tr("%1 (cannot be used)").arg(QFileInfo(e.path).fileName()));
            item->setToolTip(e.error);
            item->setForeground(Qt::gray);
        }
        if (e.valid && e.spec() == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ProfilesDialog::selectProfile(const QString &spec)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == spec)
            m_list->setCurrentRow(i);
}

bool ProfilesDialog::selectedProfile(Profile *out, QString *error) const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty()) {
        *error = item ? item->toolTip() : QString();
        return false;
    }
    return m_registry.loadSpec(item->data(Qt::UserRole).toString(), out, error);
}

void ProfilesDialog::showSelected()
{
    m_changes->clear();
    m_apply->setEnabled(false);
    Profile p;
    QString error;
    if (!selectedProfile(&p, &error)) {
        m_details->setPlainText(error);
        m_judge->setEnabled(false);
        return;
    }
    m_details->setHtml(detailsHtml(p));
    m_judge->setEnabled(m_workspace != nullptr && m_batch.id != 0);
}

QString ProfilesDialog::detailsHtml(const Profile &p) const
{
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(esc(CampaignStatus::campaignName(p)),
                                                 esc(CampaignStatus::summary(p, m_today)));
    if (const QString hint = CampaignStatus::closedHint(p, m_today); !hint.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(esc(hint));
    html += u"<h4>%1</h4><ul>"_s.arg(esc(tr("Deadlines")));
    for (const Profile::Deadline &d : p.deadlines)
        html += u"<li>%1 — %2</li>"_s.arg(d.date.toString(Qt::ISODate),
                                          esc(d.label.isEmpty() ? d.id : d.label.text()));
    html += u"</ul><h4>%1</h4><ul>"_s.arg(esc(tr("Fields")));
    for (const FieldSpec &f : p.fields) {
        const QString required =
            f.requiredFor.isEmpty() ? tr("optional") : tr("required for %1").arg(f.requiredFor.join(u", "_s));
        html += u"<li>%1 (%2)</li>"_s.arg(esc(f.label.text()), esc(required));
    }
    html += u"</ul><h4>%1</h4><ul>"_s.arg(esc(tr("Technical rules")));
    for (auto kind = p.technical.constBegin(); kind != p.technical.constEnd(); ++kind) {
        const QJsonObject section = kind.value().toObject();
        for (const QJsonValue &id : section.value("rules"_L1).toArray()) {
            QJsonObject rule = section.value(id.toString()).toObject();
            const QString name = LocalizedText::fromJson(rule.value("name"_L1)).text();
            const QString explain = LocalizedText::fromJson(rule.value("explain"_L1)).text();
            html += u"<li><b>%1</b>: %2"_s.arg(esc(name.isEmpty() ? id.toString() : name), esc(explain));
            if (m_showDetails->isChecked()) {
                rule.remove(u"name"_s);
                rule.remove(u"explain"_s);
                html += u"<br><code>%1.%2 %3</code>"_s.arg(
                    kind.key(), id.toString(),
                    esc(QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact))));
            }
            html += u"</li>"_s;
        }
    }
    return html + u"</ul>"_s;
}

void ProfilesDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void ProfilesDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a campaign profile"), QString(),
                                                      tr("Campaign profiles (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ProfilesDialog::importFile(const QString &path)
{
    ProfileRegistry::ImportResult result;
    QString error;
    if (!m_registry.importFile(path, &result, &error)) {
        setMessage(tr("The profile was not imported: %1").arg(error), true);
        return false;
    }
    reload(result.entry.spec());
    setMessage(result.alreadyInstalled ? tr("%1 was already imported.").arg(result.entry.title)
                                       : tr("Imported %1 (%2).").arg(result.entry.title, result.entry.spec()),
               false);
    return true;
}

void ProfilesDialog::judge()
{
    Profile from;
    Profile to;
    QString error;
    BatchRejudge::Result result;
    if (!selectedProfile(&to, &error) ||
        !m_registry.loadRecorded(m_batch.profileId, m_batch.profileVersion, m_workspaceProfile, &from,
                                 &error) ||
        !BatchRejudge::run(*m_workspace, m_batch, from, to, m_context, &result, &error)) {
        setMessage(tr("The batch could not be judged: %1").arg(error), true);
        return;
    }
    QString html = u"<p>%1</p><ul>"_s.arg(
        esc(tr("Batch \"%1\" under %2 instead of %3:").arg(m_batch.name, result.to, result.from)));
    for (const BatchRejudge::Item &item : std::as_const(result.changed)) {
        html += u"<li><b>%1</b>: %2"_s.arg(esc(item.title),
                                           item.passesAfter ? esc(tr("now passes")) : esc(tr("now fails")));
        for (const QString &why : item.why)
            html += u"<br>%1"_s.arg(esc(why));
        html += u"</li>"_s;
    }
    if (result.changed.isEmpty())
        html += u"<li>%1</li>"_s.arg(esc(tr("No resource changes its verdict.")));
    html += u"</ul><p>%1</p><ul>"_s.arg(esc(tr("What the profiles differ in:")));
    for (const ProfileDiff::Change &c : std::as_const(result.changes))
        html += u"<li>%1</li>"_s.arg(esc(c.text));
    html += u"</ul>"_s;
    if (result.mediaNotChecked > 0)
        html +=
            u"<p>%1</p>"_s.arg(esc(tr("%n media file(s) were never checked and are not part of this list.",
                                      nullptr, result.mediaNotChecked)));
    m_changes->setHtml(html);
    m_judgedUnder = to;
    const bool same = to.id == from.id && to.version == from.version;
    m_apply->setEnabled(!same);
    setMessage(QString(), false);
}

void ProfilesDialog::apply()
{
    QString error;
    if (!m_workspace ||
        !BatchStore(*m_workspace).setProfile(m_batch.id, m_judgedUnder.id, m_judgedUnder.version, &error)) {
        setMessage(tr("The batch keeps its profile: %1").arg(error), true);
        return;
    }
    m_batch.profileId = m_judgedUnder.id;
    m_batch.profileVersion = m_judgedUnder.version;
    m_apply->setEnabled(false);
    setMessage(tr("Batch \"%1\" is now judged by %2.").arg(m_batch.name, m_judgedUnder.idAndVersion()),
               false);
    emit batchProfileChanged(m_batch.id);
}
