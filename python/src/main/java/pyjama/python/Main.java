package pyjama.python;

public final class Main {
    public static void main(String[] args) {
        System.out.println("pyjama python");
    }
}
