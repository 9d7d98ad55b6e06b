// The analysis cache file: one line per word, fields separated by ASCII unit separators.
//
//   line    := payload US length(payload)   (a torn line, or two glued, fails the length)
//   payload := word US known(0|1) { RS reading }
//   reading := lemma US key US light US rest US flags      flags: p (predicate) c (compound)
//                                                                 q (copula)
#include "ingest/ko/analysis_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace kg::ingest {

namespace {

constexpr char kUnit = '\x1F';
constexpr char kRecord = '\x1E';
constexpr size_t kMaxFileBytes = 64u << 20;  // past this the file is started afresh
// Bumped whenever what an analysis holds changes, its encoding or how morphology.cpp derives
// it from Hunspell's (2: the copula after a vowel, 회사다; 3c: the copula on a noun the
// dictionary lacks, 후속작이에요; 3d: its reported forms too, 메신저랍니다).
constexpr const char* kFormat = "3d";

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool Clean(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20) return false;
  }
  return true;
}

std::string Fingerprint(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "x";
  return std::to_string(st.st_size) + "-" + std::to_string(st.st_mtime);
}

// FNV-1a of the grammar data, in hex: edited data gets its own file, so analyses derived with
// the old data cannot outlive it.
std::string DataFingerprint(std::string_view data) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char* kHex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

}  // namespace

std::string AnalysisCacheFile::Encode(const std::string& word, const WordAnalysis& a) {
  std::string line = word;
  line += kUnit;
  line += a.known ? '1' : '0';
  for (const WordReading& r : a.readings) {
    line += kRecord;
    for (const std::string* f : {&r.lemma, &r.key, &r.light, &r.rest}) {
      line += *f;
      line += kUnit;
    }
    if (r.predicate) line += 'p';
    if (r.compound) line += 'c';
    if (r.copula) line += 'q';
  }
  line += kUnit;
  line += std::to_string(line.size() - 1);
  return line;
}

bool AnalysisCacheFile::Decode(std::string_view line, std::string* word, WordAnalysis* a) {
  size_t sep = line.rfind(kUnit);
  if (sep == std::string_view::npos || line.substr(sep + 1) != std::to_string(sep)) return false;
  line = line.substr(0, sep);
  std::vector<std::string_view> records = SplitOn(line, kRecord);
  std::vector<std::string_view> head = SplitOn(records[0], kUnit);
  if (head.size() != 2 || head[0].empty() || (head[1] != "0" && head[1] != "1")) return false;
  *word = std::string(head[0]);
  *a = WordAnalysis{};
  a->known = head[1] == "1";
  for (size_t i = 1; i < records.size(); ++i) {
    std::vector<std::string_view> f = SplitOn(records[i], kUnit);
    if (f.size() != 5) return false;
    WordReading r;
    r.lemma = f[0];
    r.key = f[1];
    r.light = f[2];
    r.rest = f[3];
    for (char c : f[4]) {
      if (c == 'p') r.predicate = true;
      else if (c == 'c') r.compound = true;
      else if (c == 'q') r.copula = true;
      else return false;
    }
    a->readings.push_back(std::move(r));
  }
  return true;
}

std::string AnalysisCacheFile::PathFor(const std::string& aff, const std::string& dic,
                                       std::string_view grammar) {
  std::string dir;
  if (const char* env = std::getenv("KG_CACHE_DIR"); env && *env) {
    if (std::string(env) == "off") return "";
    dir = env;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    dir = std::string(xdg) + "/kg";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    dir = std::string(home) + "/.cache/kg";
  } else {
    return "";
  }
  return dir + "/ko-analyses-v" + kFormat + "-" + Fingerprint(aff) + "-" + Fingerprint(dic) + "-" +
         DataFingerprint(grammar) + ".txt";
}

AnalysisCacheFile::AnalysisCacheFile(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  std::ifstream in(path_, std::ios::binary);
  std::string line, word;
  WordAnalysis a;
  while (std::getline(in, line)) {
    if (Decode(line, &word, &a)) entries_[word] = std::move(a);  // a torn last line fails here
  }
}

const WordAnalysis* AnalysisCacheFile::Find(const std::string& word) const {
  auto it = entries_.find(word);
  return it == entries_.end() ? nullptr : &it->second;
}

void AnalysisCacheFile::Add(const std::string& word, const WordAnalysis& analysis) {
  if (path_.empty() || !Clean(word)) return;
  std::string line = Encode(word, analysis);
  if (line.find('\n') != std::string::npos) return;
  pending_ += line;
  pending_ += '\n';
  entries_[word] = analysis;
}

void AnalysisCacheFile::Flush() {
  if (path_.empty() || pending_.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ec);
  int flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC;
  if (std::filesystem::file_size(path_, ec) > kMaxFileBytes && !ec) flags |= O_TRUNC;
  int fd = ::open(path_.c_str(), flags, 0644);
  if (fd < 0) return;
  // One write: concurrent writers append whole batches. A short write leaves a torn line,
  // which every reader skips.
  ssize_t n = ::write(fd, pending_.data(), pending_.size());
  (void)n;
  ::close(fd);
  pending_.clear();
}

}  // namespace kg::ingest
