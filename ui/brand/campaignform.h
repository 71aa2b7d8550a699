#pragma once

#include "domain/campaign.h"
#include "domain/error.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;

namespace ClipDesk::Ui {

class MoneyEdit;

// Every brand-editable campaign field (PROTOCOL.md), with a live Markdown preview of the
// brief. It only edits: fields() turns the inputs into the JSON the campaign mutations take
// (amounts parsed from text into exact minor units); the domain rules judge it.
class CampaignForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignForm)

    void load(const Domain::Campaign &campaign);
    // Every editable field as JSON, or the first input that is not even readable.
    Result<QJsonObject> fields() const;
    void setEditable(bool editable);
    // Outlines the input of one JSON field ("budget", "platforms", ...) with `message` as its
    // tooltip; an empty key clears the outline.
    void markInvalid(const QString &field, const QString &message);
    QString invalidField() const { return m_invalidField; }
    QWidget *inputFor(const QString &field) const;

    QTextBrowser *briefPreview() const { return m_preview; }

Q_SIGNALS:
    void edited();

private:
    QWidget *buildBasics();
    QWidget *buildMoney();
    QWidget *buildRules();
    QWidget *buildBrief();
    void updatePreview();
    void setCurrency(const QString &currency);
    qint64 toEpochMs(const QDateTimeEdit *edit, qint64 loadedMs) const;
    void watch(QWidget *input);

    QLineEdit *m_name;
    QComboBox *m_category;
    QComboBox *m_visibility;
    QPlainTextEdit *m_goals;
    QGroupBox *m_schedule;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    QComboBox *m_timeZone;
    MoneyEdit *m_budget;
    QComboBox *m_currency;
    MoneyEdit *m_cpmRate;
    MoneyEdit *m_perClip;
    MoneyEdit *m_maxPayoutPerClip;
    MoneyEdit *m_capPerClipper;
    QSpinBox *m_minViews;
    QSpinBox *m_submissionLimit;
    QList<QCheckBox *> m_platforms;
    QLineEdit *m_requiredHashtags;
    QLineEdit *m_blacklistedHashtags;
    QLineEdit *m_disclosure;
    QPlainTextEdit *m_sourceLinks;
    QPlainTextEdit *m_brief;
    QTextBrowser *m_preview;
    bool m_loading = false;
    QString m_invalidField;
    // The loaded dates, kept to the millisecond while their minute-precision editors are untouched.
    qint64 m_loadedStartsAtMs = 0;
    qint64 m_loadedEndsAtMs = 0;
    QString m_loadedTimeZone;
    QStringList m_loadedPlatforms; // their order is kept, so that an untouched list is no change
};

} // namespace ClipDesk::Ui
