// Writes a synthetic N-Triples graph for benchmarks: Zipf-skewed degrees, 30 predicates,
// English and Korean labels, some literals (numbers, dates, strings). Deterministic per seed.
//
//   gen_graph TRIPLES [SEED] > graph.nt
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

const char* kPredicates[] = {
    "partnered_with", "invested_in", "released", "develops", "ceo_of", "member_of",
    "located_in", "supplies", "participates_in", "leads", "uses", "announced", "acquired",
    "competes_with", "founded_by", "owner_of", "signed", "visited", "met_with", "published_by",
    "enacted", "builds", "investigates", "accused", "called_for", "ranked_in", "successor_of",
    "established", "has_policy", "described_as"};
constexpr int kNumPredicates = 30;

// Samples 0..n-1 with P(k) proportional to 1/(k+1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (size_t k = 0; k < n; ++k) cdf_[k] = (sum += 1.0 / std::pow(static_cast<double>(k + 1), s));
    for (double& c : cdf_) c /= sum;
  }
  size_t operator()(std::mt19937_64& rng) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  std::vector<double> cdf_;
};

std::string Hangul(std::mt19937_64& rng, int syllables) {
  std::string out;
  for (int i = 0; i < syllables; ++i) {
    char32_t cp = 0xAC00 + static_cast<char32_t>(rng() % 11172);
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_graph TRIPLES [SEED] > graph.nt\n");
    return 2;
  }
  const long long total = std::atoll(argv[1]);
  std::mt19937_64 rng(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1);
  const size_t entities = static_cast<size_t>(std::max<long long>(total / 10, 10));
  Zipf subject(entities, 1.05), object(entities, 1.1), predicate(kNumPredicates, 0.8);
  std::vector<char> buf(1 << 20);
  std::setvbuf(stdout, buf.data(), _IOFBF, buf.size());

  long long written = 0;
  // Labels first: every entity an English label, half of them a Korean one too.
  for (size_t e = 0; e < entities && written < total; ++e) {
    std::printf("<http://bench.kg/e/%zu> <http://www.w3.org/2000/01/rdf-schema#label> "
                "\"Entity %zu\"@en .\n", e, e);
    ++written;
    if (e % 2 == 0 && written < total) {
      std::printf("<http://bench.kg/e/%zu> <http://www.w3.org/2000/01/rdf-schema#label> "
                  "\"%s\"@ko .\n", e, Hangul(rng, 2 + static_cast<int>(rng() % 3)).c_str());
      ++written;
    }
  }
  while (written < total) {
    size_t s = subject(rng);
    const char* p = kPredicates[predicate(rng)];
    int kind = static_cast<int>(rng() % 100);
    if (kind < 85) {
      std::printf("<http://bench.kg/e/%zu> <http://bench.kg/p/%s> <http://bench.kg/e/%zu> .\n", s,
                  p, object(rng));
    } else if (kind < 92) {
      std::printf("<http://bench.kg/e/%zu> <http://bench.kg/p/%s> "
                  "\"%llu\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
                  s, p, static_cast<unsigned long long>(rng() % 1000000));
    } else if (kind < 97) {
      std::printf("<http://bench.kg/e/%zu> <http://bench.kg/p/%s> "
                  "\"20%02d-%02d-%02d\"^^<http://www.w3.org/2001/XMLSchema#date> .\n",
                  s, p, static_cast<int>(rng() % 26), static_cast<int>(rng() % 12 + 1),
                  static_cast<int>(rng() % 28 + 1));
    } else {
      std::printf("<http://bench.kg/e/%zu> <http://bench.kg/p/%s> \"%s note %llu\"@ko .\n", s, p,
                  Hangul(rng, 3).c_str(), static_cast<unsigned long long>(rng() % 100000));
    }
    ++written;
  }
  std::fflush(stdout);  // before `buf` goes out of scope
  return 0;
}
