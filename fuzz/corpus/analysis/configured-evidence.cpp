namespace app { struct Serializable { virtual ~Serializable() = default; }; }
template <class T> void registerType(const char *) {}
template <class T> void serializeAny(const T &) {}
namespace {
struct [[clang::annotate("serializable")]] Tagged { int v; };
struct Derived : app::Serializable { int w; };
}
void use() {
  struct Local { int z; };
  struct : app::Serializable { int u; } unnamed;
  registerType<Local>("Local");
  serializeAny(Local{});
  serializeAny(unnamed);
  enum class Mode { A, B };
  serializeAny(Mode::A);
}
