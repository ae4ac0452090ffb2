#pragma once

#include "fix/FixEngine.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class DetailsDisclosure;

// "Make compliant": shows what the planner proposes for one file in plain words (what changes and why, the
// estimated size and time), with the choices the user may make (enlarge a small picture, add a silent
// track, even out the loudness) and the ffmpeg details behind a disclosure. Planning runs off the GUI thread
// and again whenever a choice changes. Accepting queues the job (the caller reads options()).
class FixPlanDialog : public QDialog
{
    Q_OBJECT
public:
    FixPlanDialog(const QString &input, const QString &kind, const QJsonObject &technical,
                  QWidget *parent = nullptr);

    FixOptions options() const;
    const FixEngine::Outcome &planned() const { return m_planned; }

private:
    void replan();
    void show(const FixEngine::Outcome &outcome, int generation);

    QString m_input;
    QString m_kind;
    QJsonObject m_technical;
    FixEngine::Outcome m_planned;
    int m_generation = 0;
    QLabel *m_headline, *m_changes;
    QCheckBox *m_upscale, *m_silence, *m_loudness;
    DetailsDisclosure *m_details;
    QDialogButtonBox *m_buttons;
};
