#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// An e-mail draft as an .eml file (RFC 5322 + MIME): UTF-8 header text as RFC 2047 encoded words,
// multipart/mixed with a base64 text body and base64 attachments, and "X-Unsent: 1" so that mail clients
// (Outlook, Thunderbird with the right add-on, Apple Mail) open it as a message to send.
class EmlDraft
{
    Q_DECLARE_TR_FUNCTIONS(EmlDraft)
public:
    struct Attachment
    {
        QString fileName;
        QByteArray mimeType;
        QByteArray data;
    };

    QString fromName;
    QString fromAddress; // may be empty: the mail client fills in the sender
    QString toAddress;
    QString subject;
    QString body; // plain text; '\n' line ends
    QList<Attachment> attachments;
    QDateTime date; // Date header; now when invalid

    // The message with CRLF line ends; `boundary` is generated when empty. Header text is put on one line
    // (line breaks become spaces) and addresses lose control characters, so no value can add a header.
    QByteArray toBytes(const QByteArray &boundary = QByteArray()) const;
    // Refuses (with a message naming it) an address that is not one: To is required, From optional.
    bool checkAddresses(QString *error) const;
    // Writes nothing when checkAddresses() fails.
    bool writeFile(const QString &path, QString *error) const;

    // RFC 2047 "B" encoded words for `text` (none when it is printable ASCII), folded so that no line of
    // the header passes 76 characters; `used` is how many characters the line already has.
    static QByteArray encodeHeaderText(const QString &text, int used);
    // An address, with an IDN domain in its ASCII (punycode) form; whitespace, control characters and the
    // characters that delimit addresses in a header (<>,;) are left out.
    static QByteArray asciiAddress(const QString &address);
};
