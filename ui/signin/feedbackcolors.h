#pragma once

#include <QColor>
#include <QPalette>

namespace ClipDesk::Ui {

// Colours for errors and notices that read well on light and dark palettes.
struct FeedbackColors
{
    QColor text;
    QColor background;
    QColor border;

    enum class Kind { Error, Warning, Info, Success };

    static bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

    static FeedbackColors of(Kind kind, const QPalette &palette)
    {
        const bool dark = isDark(palette);
        switch (kind) {
        case Kind::Error:
            return dark ? FeedbackColors{QColor(0xff, 0xb4, 0xab), QColor(0x45, 0x24, 0x26), QColor(0x7a, 0x36, 0x38)}
                        : FeedbackColors{QColor(0xa3, 0x1f, 0x1f), QColor(0xfd, 0xec, 0xec), QColor(0xf0, 0xbd, 0xbd)};
        case Kind::Warning:
            return dark ? FeedbackColors{QColor(0xff, 0xd8, 0x8a), QColor(0x42, 0x36, 0x1c), QColor(0x6e, 0x5a, 0x2a)}
                        : FeedbackColors{QColor(0x7a, 0x4f, 0x00), QColor(0xfd, 0xf4, 0xdf), QColor(0xec, 0xd5, 0x9c)};
        case Kind::Success:
            return dark ? FeedbackColors{QColor(0xa8, 0xe6, 0xbd), QColor(0x1f, 0x3b, 0x2b), QColor(0x2f, 0x5e, 0x43)}
                        : FeedbackColors{QColor(0x1c, 0x6b, 0x3c), QColor(0xe8, 0xf6, 0xee), QColor(0xb5, 0xdf, 0xc6)};
        case Kind::Info:
            break;
        }
        return dark ? FeedbackColors{QColor(0xc7, 0xd7, 0xff), QColor(0x24, 0x2c, 0x45), QColor(0x38, 0x46, 0x6e)}
                    : FeedbackColors{QColor(0x24, 0x3a, 0x80), QColor(0xec, 0xf1, 0xfd), QColor(0xc3, 0xd1, 0xf3)};
    }
};

} // namespace ClipDesk::Ui
