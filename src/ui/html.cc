// The escaping HTML builder and the safe Markdown renderer.
#include "ui/html.h"

#include <array>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

namespace safeboard::ui {

namespace {

// The characters that need escaping, as a table: the scan for them is the hot loop of every
// page (about 8% of a page's CPU with a switch per character).
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'&', '<', '>', '"', '\'', '\0'}) table[c] = true;
  return table;
}();

}  // namespace

void AppendEscaped(std::string& out, std::string_view text) {
  // Copies runs of ordinary characters in one append; most text has nothing to escape.
  const char* data = text.data();
  std::size_t size = text.size(), run = 0, i = 0;
  while (true) {
    while (i < size && !kNeedsEscape[static_cast<unsigned char>(data[i])]) ++i;
    out.append(data + run, i - run);
    if (i == size) return;
    switch (data[i]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += "\xEF\xBF\xBD"; break;  // NUL becomes U+FFFD
    }
    run = ++i;
  }
}

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscaped(out, text);
  return out;
}

namespace {

std::string RenderMarkdown(std::string_view markdown, int demote) {
  // CMARK_OPT_SAFE is the default in cmark-gfm: raw HTML and javascript: links are removed.
  char* html = cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  std::string out(html);
  std::free(html);
  if (demote <= 0) return out;
  // Raw HTML is stripped, so every "<hN>" / "</hN>" here is a heading cmark produced.
  for (std::size_t at = out.find("<h"); at != std::string::npos; at = out.find("<h", at + 1)) {
    std::size_t digit = at + 2;
    if (digit + 1 < out.size() && out[digit] >= '1' && out[digit] <= '6' && out[digit + 1] == '>') {
      char level = static_cast<char>(std::min<int>('6', out[digit] + demote));
      out[digit] = level;
      auto close = out.find("</h", digit);
      if (close != std::string::npos && close + 3 < out.size()) out[close + 3] = level;
    }
  }
  return out;
}

}  // namespace

TrustedHtml TrustedHtml::FromMarkdown(std::string_view markdown, int demote) {
  // Documents such as terms of reference are rendered on every view but rarely change:
  // keep the most recent renderings, keyed by text and demotion.
  static std::mutex mutex;
  static std::unordered_map<std::string, std::string> cache;
  constexpr std::size_t kCacheEntries = 256;
  std::string key = std::to_string(demote) + ":";
  key.append(markdown);
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return TrustedHtml(it->second);
  }
  std::string html = RenderMarkdown(markdown, demote);
  std::lock_guard lock(mutex);
  if (cache.size() >= kCacheEntries) cache.clear();
  cache.emplace(std::move(key), html);
  return TrustedHtml(std::move(html));
}

void Html::AppendAttrs(Attrs attrs) {
  for (const auto& a : attrs) {
    out_ += ' ';
    out_ += a.name;
    out_ += "=\"";
    AppendEscaped(out_, a.value);
    out_ += '"';
  }
}

Html& Html::Open(std::string_view tag, Attrs attrs) {
  out_ += '<';
  out_ += tag;
  AppendAttrs(attrs);
  out_ += '>';
  return *this;
}

Html& Html::OpenWithFlags(std::string_view tag, Attrs attrs,
                          std::initializer_list<std::string_view> flags) {
  out_ += '<';
  out_ += tag;
  AppendAttrs(attrs);
  for (auto flag : flags) {
    if (flag.empty()) continue;
    out_ += ' ';
    out_ += flag;
  }
  out_ += '>';
  return *this;
}

Html& Html::Close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

Html& Html::Void(std::string_view tag, Attrs attrs) { return Open(tag, attrs); }

Html& Html::SelfClosed(std::string_view tag, Attrs attrs) {
  out_ += '<';
  out_ += tag;
  AppendAttrs(attrs);
  out_ += " />";
  return *this;
}

Html& Html::Element(std::string_view tag, Attrs attrs, std::string_view text) {
  Open(tag, attrs);
  AppendEscaped(out_, text);
  return Close(tag);
}

Html& Html::Text(std::string_view text) {
  AppendEscaped(out_, text);
  return *this;
}

Html& Html::Append(const TrustedHtml& html) {
  out_ += html.str();
  return *this;
}

Html& Html::Append(Html&& other) {
  out_ += other.out_;
  return *this;
}

}  // namespace safeboard::ui
