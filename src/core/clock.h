// The clock domain code reads "now" from. Production passes SystemClock; tests freeze a FixedClock.
#pragma once
#include <chrono>

namespace safeboard::core {

using TimePoint = std::chrono::sys_seconds;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

// "Today" is a chosen date; time starts at 09:00 that day and runs at the real rate from when the
// clock was made. `serve --today` uses it: the demo reads as the board stood on its own date, and
// the HTTP and browser tests never depend on the wall clock's date. (A stopped clock would end
// no session and no sign-in wait.)
class ShiftedClock final : public Clock {
 public:
  explicit ShiftedClock(std::chrono::sys_days today)
      : start_(today + std::chrono::hours(9)), started_(std::chrono::steady_clock::now()) {}
  TimePoint Now() const override {
    return start_ + std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  }

 private:
  TimePoint start_;
  std::chrono::steady_clock::time_point started_;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint now) : now_(now) {}
  TimePoint Now() const override { return now_; }
  void Advance(std::chrono::seconds by) { now_ += by; }

 private:
  TimePoint now_;
};

}  // namespace safeboard::core
