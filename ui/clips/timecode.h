#pragma once

#include <QString>

namespace ClipDesk::Ui::Timecode {

// "1:02.345" (minutes:seconds.milliseconds), or "1:02" without milliseconds; hours when needed.
QString format(qint64 us, bool withMilliseconds = true);

} // namespace ClipDesk::Ui::Timecode
