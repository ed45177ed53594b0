// Running a packaged tool (Chromium, LibreOffice, pdftotext) as a child process, with a time limit.
#pragma once
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace safeboard::documents {

// A fresh directory under the system's temporary directory, removed with everything in it when
// this goes out of scope: each conversion works in its own, so conversions never share files.
class ScratchDirectory {
 public:
  ScratchDirectory();
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct ProgramResult {
  bool ran = false;        // the program started and exited by itself within the time limit
  int exit_code = -1;
  std::string output;      // what it wrote to stdout and stderr, for the server's log
};

// Runs argv[0] (looked up on PATH) in `directory` with stdin from /dev/null and stdout and stderr
// to a file there; kills it when it takes longer than `limit`.
ProgramResult RunProgram(const std::vector<std::string>& argv, const std::filesystem::path& directory,
                         std::chrono::seconds limit);

void WriteFile(const std::filesystem::path& path, std::string_view bytes);
std::string ReadFile(const std::filesystem::path& path);

}  // namespace safeboard::documents
