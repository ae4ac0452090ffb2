#include "fix/FixPlanDialog.h"

#include "DetailsDisclosure.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FixPlanDialog::FixPlanDialog(const QString &input, const QString &kind, const QJsonObject &technical,
                             QWidget *parent)
    : QDialog(parent), m_input(input), m_kind(kind), m_technical(technical), m_headline(new QLabel),
      m_changes(new QLabel),
      m_upscale(new QCheckBox(tr("Enlarge a picture that is too small (adds no detail)"))),
      m_silence(new QCheckBox(tr("Add a silent sound track when there is none"))),
      m_loudness(new QCheckBox(tr("Even out the loudness (EBU R128, −23 LUFS)"))),
      m_details(new DetailsDisclosure(u"fixPlanDetails"_s)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"fixPlanDialog"_s);
    setWindowTitle(tr("Make compliant: %1").arg(QFileInfo(input).fileName()));
    m_headline->setObjectName(u"fixPlanHeadline"_s);
    m_changes->setObjectName(u"fixPlanChanges"_s);
    m_upscale->setObjectName(u"fixAllowUpscale"_s);
    m_silence->setObjectName(u"fixAddSilence"_s);
    m_loudness->setObjectName(u"fixLoudness"_s);
    for (QLabel *label : {m_headline, m_changes})
        label->setWordWrap(true);
    m_headline->setText(tr("Looking at the file…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make compliant"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_changes);
    layout->addWidget(m_upscale);
    layout->addWidget(m_silence);
    layout->addWidget(m_loudness);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);
    for (QCheckBox *box : {m_upscale, m_silence, m_loudness})
        connect(box, &QCheckBox::toggled, this, &FixPlanDialog::replan);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    replan();
}

FixOptions FixPlanDialog::options() const
{
    FixOptions o;
    o.kind = m_kind;
    o.allowUpscale = m_upscale->isChecked();
    o.addSilentAudio = m_silence->isChecked();
    o.loudness = m_loudness->isChecked();
    return o;
}

void FixPlanDialog::replan()
{
    const int generation = ++m_generation;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QPointer<FixPlanDialog> self(this);
    const QString input = m_input;
    const QJsonObject technical = m_technical;
    const FixOptions options = this->options();
    QThreadPool::globalInstance()->start([self, input, technical, options, generation] {
        const FixEngine::Outcome outcome = FixEngine::planFile(input, technical, options);
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome, generation] {
                if (self)
                    self->show(outcome, generation);
            },
            Qt::QueuedConnection);
    });
}

void FixPlanDialog::show(const FixEngine::Outcome &outcome, int generation)
{
    if (generation != m_generation)
        return; // a newer plan is on its way
    m_planned = outcome;
    const FixPlan &plan = outcome.plan;
    m_headline->setText(outcome.status == FixEngine::Outcome::Status::Unreadable
                            ? tr("The file cannot be read: %1").arg(outcome.error)
                            : plan.headline());
    QStringList lines;
    for (const QString &change : plan.changes)
        lines.append(u"• "_s + change);
    if (plan.runnable() && plan.estimatedBytes >= 0)
        lines.append(tr("Estimated size %1, time about %2 s. The original file is not changed.")
                         .arg(QLocale().formattedDataSize(plan.estimatedBytes))
                         .arg(qMax(1.0, plan.estimatedSeconds), 0, 'f', 0));
    m_changes->setText(lines.join(u'\n'));
    m_details->setDetails(plan.details.join(u'\n'));
    m_silence->setVisible(plan.kind != "audio"_L1);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(outcome.status == FixEngine::Outcome::Status::Planned &&
                     plan.action != FixPlan::Action::Nothing);
    // The plan's lines are read in full: the dialog grows to them (wrapped at a readable width).
    setMinimumWidth(qMax(minimumWidth(), 560));
    adjustSize();
}
