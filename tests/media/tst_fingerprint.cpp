// computeFingerprint() and VideoFingerprint::compare() on a generated set: seven unrelated
// lavfi sources, each with re-encoded, scaled, cropped (10 %), cut and combined (cut, 10 %
// crop slightly off centre, upscaled, re-encoded) variants. Every
// variant must match its original (recall) and nothing may match an unrelated clip (precision).
#include "media/fingerprint.h"
#include "testmedia.h"

#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Media;
using ClipDesk::Testing::TestMedia::generate;

namespace {

struct Source
{
    const char *name;
    const char *graph;
};

const Source Sources[] = {
    {"testsrc2", "testsrc2=size=320x240:rate=25"},
    {"testsrc", "testsrc=size=320x240:rate=25"},
    {"mandelbrot", "mandelbrot=size=320x240:rate=25"},
    {"life", "life=size=320x240:rate=25:mold=10:ratio=0.3:death_color=#C83232:life_color=#00ff00"},
    {"cellauto", "cellauto=size=320x240:rate=25:rule=110"},
    {"gradients", "gradients=size=320x240:rate=25:speed=0.05"},
    {"bars", "smptehdbars=size=320x240:rate=25,hue=H=t*2,drawbox=x=mod(t*80\\,320):y=80:w=60:h=60:color=white:t=fill"},
};

struct Variant
{
    const char *name;
    QStringList args; // between the input and the output
};

QStringList x264(const QString &crf)
{
    return {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
            QStringLiteral("-crf"), crf, QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
}

QList<Variant> variants()
{
    return {
        {"mpeg4", {QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("12")}},
        {"crf40", x264(QStringLiteral("40"))},
        {"half", QStringList{QStringLiteral("-vf"), QStringLiteral("scale=160:120")} + x264(QStringLiteral("28"))},
        {"crop10", QStringList{QStringLiteral("-vf"), QStringLiteral("crop=iw*0.9:ih*0.9")} + x264(QStringLiteral("28"))},
        {"cut", QStringList{QStringLiteral("-ss"), QStringLiteral("3.3"), QStringLiteral("-t"), QStringLiteral("4.5")}
                    + x264(QStringLiteral("28"))},
        {"combined", QStringList{QStringLiteral("-ss"), QStringLiteral("1.7"), QStringLiteral("-t"), QStringLiteral("6"),
                                 QStringLiteral("-vf"), QStringLiteral("crop=iw*0.9:ih*0.9:iw*0.03:ih*0.07,scale=640:480")}
                         + x264(QStringLiteral("32"))},
    };
}

struct Clip
{
    int source = 0;
    QString name;
    VideoFingerprint fingerprint;
};

} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (int s = 0; s < int(std::size(Sources)); ++s) {
            const QString name = QString::fromLatin1(Sources[s].name);
            const QString original = generate(QStringLiteral("fp-") + name + QStringLiteral(".mp4"),
                QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QString::fromLatin1(Sources[s].graph), QStringLiteral("-t"), QStringLiteral("8")}
                    + x264(QStringLiteral("20")));
            QVERIFY2(!original.isEmpty(), Sources[s].name);
            addClip(s, name, original);
            for (const Variant &variant : variants()) {
                const QString variantName = name + u'-' + QString::fromLatin1(variant.name);
                const QString path = generate(QStringLiteral("fp-") + variantName + QStringLiteral(".mp4"),
                                              QStringList{QStringLiteral("-i"), original} + variant.args);
                QVERIFY2(!path.isEmpty(), qPrintable(variantName));
                addClip(s, variantName, path);
            }
        }
    }

    void precisionAndRecall()
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double worstPositive = 1.0;
        double bestNegative = 0.0;
        QStringList mistakes;
        for (qsizetype i = 0; i < m_clips.size(); ++i) {
            for (qsizetype j = i + 1; j < m_clips.size(); ++j) {
                const Clip &a = m_clips[i];
                const Clip &b = m_clips[j];
                const FingerprintMatch match = VideoFingerprint::compare(a.fingerprint, b.fingerprint);
                const FingerprintMatch reverse = VideoFingerprint::compare(b.fingerprint, a.fingerprint);
                QCOMPARE(reverse.isDuplicate, match.isDuplicate);
                QCOMPARE(reverse.offsetUs, -match.offsetUs);
                if (qEnvironmentVariableIsSet("CLIPDESK_FINGERPRINT_DUMP") && (a.source == b.source || match.score > 0.45))
                    qInfo("%s vs %s: %.3f offset %lld", qPrintable(a.name), qPrintable(b.name), match.score, match.offsetUs);
                const bool related = a.source == b.source;
                if (related) {
                    worstPositive = std::min(worstPositive, match.score);
                    match.isDuplicate ? ++truePositives : ++falseNegatives;
                } else {
                    bestNegative = std::max(bestNegative, match.score);
                    if (match.isDuplicate)
                        ++falsePositives;
                }
                if (match.isDuplicate != related)
                    mistakes << a.name + QStringLiteral(" vs ") + b.name + QStringLiteral(" score ") + QString::number(match.score);
            }
        }
        const double precision = truePositives + falsePositives > 0 ? double(truePositives) / (truePositives + falsePositives) : 1.0;
        const double recall = double(truePositives) / (truePositives + falseNegatives);
        qInfo("Fingerprint set: %lld clips (%d sources). Related pairs: %d, matched %d. Unrelated pairs matched: %d.",
              qlonglong(m_clips.size()), int(std::size(Sources)), truePositives + falseNegatives, truePositives, falsePositives);
        qInfo("Precision %.3f, recall %.3f; lowest related score %.3f, highest unrelated score %.3f.",
              precision, recall, worstPositive, bestNegative);
        for (const QString &mistake : std::as_const(mistakes))
            qInfo("  mismatch: %s", qPrintable(mistake));
        QCOMPARE(precision, 1.0);
        QVERIFY(recall >= 0.9);
    }

    void subClipOffsetIsFound()
    {
        const Clip *original = find(QStringLiteral("testsrc2"));
        const Clip *cut = find(QStringLiteral("testsrc2-cut"));
        QVERIFY(original && cut);
        const FingerprintMatch match = VideoFingerprint::compare(cut->fingerprint, original->fingerprint);
        QVERIFY(match.isDuplicate);
        QCOMPARE(match.offsetUs, 3'000'000); // cut at 3.3 s: its samples fall between 3 s and 4 s
        QVERIFY(match.overlapUs >= 4'000'000);
        QCOMPARE(VideoFingerprint::compare(original->fingerprint, original->fingerprint).score, 1.0);
    }

    void bytesRoundTrip()
    {
        const VideoFingerprint &fingerprint = m_clips.first().fingerprint;
        QCOMPARE(fingerprint.hashes().size(), 8);
        const QByteArray bytes = fingerprint.toBytes();
        QCOMPARE(VideoFingerprint::fromBytes(bytes).value(), fingerprint);
        QVERIFY(!VideoFingerprint::fromBytes(bytes.left(bytes.size() - 1)));
        QVERIFY(!VideoFingerprint::fromBytes(QByteArrayLiteral("garbage, not a fingerprint")));
        QVERIFY(!VideoFingerprint::fromBytes({}));
        QVERIFY(!VideoFingerprint::compare(fingerprint, VideoFingerprint()).isDuplicate);
    }

    void flatVideoMatchesNothing()
    {
        const QString black = generate(QStringLiteral("fp-black.mp4"),
            QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("color=c=black:size=320x240:rate=25:duration=4")} + x264(QStringLiteral("28")));
        const QString blue = generate(QStringLiteral("fp-blue.mp4"),
            QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("color=c=blue:size=320x240:rate=25:duration=4")} + x264(QStringLiteral("28")));
        const auto a = computeFingerprint(black, {});
        const auto b = computeFingerprint(blue, {});
        QVERIFY(a && b);
        QCOMPARE(a->hashes(), QList<quint64>(4, 0));
        QVERIFY(!VideoFingerprint::compare(*a, *b).isDuplicate);
        QVERIFY(!VideoFingerprint::compare(*a, m_clips.first().fingerprint).isDuplicate);
    }

    void progressAndCancel()
    {
        const QString path = generate(QStringLiteral("fp-testsrc2.mp4"),
            QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QString::fromLatin1(Sources[0].graph), QStringLiteral("-t"), QStringLiteral("8")}
                + x264(QStringLiteral("20")));
        QList<double> progress;
        const auto done = computeFingerprint(path, JobControl{[&](double f) { progress.append(f); }, {}});
        QVERIFY(done);
        QVERIFY(progress.size() > 3);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 1.0);

        int calls = 0;
        bool cancel = false;
        const JobControl control{[&](double f) { cancel = f > 0.3; }, [&] { ++calls; return cancel; }};
        const auto cancelled = computeFingerprint(path, control);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QVERIFY(calls < 150); // stopped early, not after all 200 frames
        QCOMPARE(computeFingerprint(QStringLiteral("/nonexistent.mp4"), {}).error().code, QStringLiteral("media_open_failed"));
    }

private:
    void addClip(int source, const QString &name, const QString &path)
    {
        auto fingerprint = computeFingerprint(path, {});
        QVERIFY2(fingerprint, qPrintable(name + QStringLiteral(": ") + (fingerprint ? QString() : fingerprint.error().message)));
        m_clips.append({source, name, *fingerprint});
    }

    const Clip *find(const QString &name) const
    {
        for (const Clip &clip : m_clips) {
            if (clip.name == name)
                return &clip;
        }
        return nullptr;
    }

    QList<Clip> m_clips;
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
