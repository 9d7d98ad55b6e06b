// Corpus variation: the seed documents are cut once into plain text and entity-name pieces
// (longest lexicon alias first); every variant then reassembles them with substituted names,
// shuffled paragraphs and fresh digits.
#include "bench/korean_corpus.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

namespace kg::bench {

namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "error: cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Piece {
  std::string text;
  std::string cls;  // non-empty: an entity name of this class (NamePool), to substitute
};
using Paragraph = std::vector<Piece>;

// Names are swapped only for names that end alike, so the particles after them stay right
// (오픈AI가 / 구글이 / 서울로): the type plus the final syllable's batchim class.
std::string FinalClass(const std::string& name) {
  size_t lead = name.size();  // start of the last character
  while (lead > 0 && (static_cast<unsigned char>(name[lead - 1]) & 0xC0) == 0x80) --lead;
  if (lead == 0) return "other";
  --lead;
  if (name.size() - lead != 3) return "latin";
  const auto* b = reinterpret_cast<const unsigned char*>(name.data() + lead);
  char32_t cp = ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
  if (cp < 0xAC00 || cp > 0xD7A3) return "other";
  int jong = static_cast<int>(cp - 0xAC00) % 28;
  return jong == 0 ? "open" : jong == 8 ? "rieul" : "closed";
}

struct NamePool {
  std::vector<std::pair<std::string, std::string>> aliases;  // (Korean alias, class), longest first
  std::map<std::string, std::vector<std::string>> by_class;
};

NamePool LoadPool(const std::string& lexicon_json) {
  nlohmann::json lex = nlohmann::json::parse(ReadAll(lexicon_json));
  NamePool pool;
  for (const auto& e : lex["entities"]) {
    std::string type = e.value("type", "");
    if (!e.contains("aliases") || !e["aliases"].contains("ko")) continue;
    for (const auto& a : e["aliases"]["ko"]) {
      std::string alias = a.get<std::string>();
      if (alias.size() < 6) continue;  // two syllables at least
      std::string cls = type + "/" + FinalClass(alias);
      pool.aliases.emplace_back(alias, cls);
      pool.by_class[cls].push_back(alias);
    }
  }
  std::stable_sort(pool.aliases.begin(), pool.aliases.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return pool;
}

Paragraph Cut(const std::string& line, const NamePool& pool) {
  Paragraph out;
  std::string plain;
  size_t i = 0;
  while (i < line.size()) {
    const std::pair<std::string, std::string>* hit = nullptr;
    for (const auto& a : pool.aliases) {
      if (line.compare(i, a.first.size(), a.first) == 0) {
        hit = &a;
        break;
      }
    }
    if (hit) {
      if (!plain.empty()) out.push_back({std::move(plain), ""});
      plain.clear();
      out.push_back({hit->first, hit->second});
      i += hit->first.size();
    } else {
      plain.push_back(line[i++]);
    }
  }
  if (!plain.empty()) out.push_back({std::move(plain), ""});
  return out;
}

}  // namespace

std::vector<std::string> WriteKoreanCorpus(const CorpusSpec& spec, const std::string& dir) {
  NamePool pool = LoadPool(spec.lexicon_json);
  std::vector<std::vector<Paragraph>> docs;
  for (const std::string& path : spec.seed_documents) {
    std::istringstream in(ReadAll(path));
    std::vector<Paragraph> paragraphs;
    std::string line;
    while (std::getline(in, line)) paragraphs.push_back(Cut(line, pool));
    docs.push_back(std::move(paragraphs));
  }
  std::filesystem::create_directories(dir);
  std::mt19937_64 rng(spec.seed);
  std::vector<std::string> files;
  uint64_t total = 0;
  while (total < spec.target_bytes) {
    const std::vector<Paragraph>& doc = docs[files.size() % docs.size()];
    std::vector<size_t> order(doc.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    // The first paragraph (title) stays first; the body is shuffled.
    if (order.size() > 2) std::shuffle(order.begin() + 1, order.end(), rng);
    std::map<std::string, std::string> rename;  // one substitution per name per variant
    std::string text;
    for (size_t k : order) {
      for (const Piece& p : doc[k]) {
        if (p.cls.empty()) {
          for (char c : p.text) {
            if (c >= '0' && c <= '9') c = static_cast<char>('0' + rng() % 10);
            text.push_back(c);
          }
          continue;
        }
        auto [it, fresh] = rename.emplace(p.text, "");
        if (fresh) {
          const auto& same = pool.by_class.at(p.cls);
          it->second = same[rng() % same.size()];
        }
        text += it->second;
      }
      text.push_back('\n');
    }
    char name[32];
    std::snprintf(name, sizeof name, "doc-%05zu.txt", files.size() + 1);
    std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    total += text.size();
    files.push_back(path);
  }
  return files;
}

}  // namespace kg::bench
