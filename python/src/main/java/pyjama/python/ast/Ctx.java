package pyjama.python.ast;

/** How a Name, Attribute, Subscript, Starred, List or Tuple is used. */
public enum Ctx { LOAD, STORE, DEL }
