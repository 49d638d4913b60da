package dev.actors.spring.readme;

public interface AdderApi {
    int addOne(int i);
}
