// No include guard on purpose: included inside functions, it declares a local type there.
struct Settings {
  int level;
};
