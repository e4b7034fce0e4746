# The application image: the jar built by "./mvnw -DskipTests package", on a Java 17 runtime.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home dossier
USER dossier
WORKDIR /home/dossier
COPY dossier-web/target/dossier-web-*.jar /home/dossier/dossier.jar
ENV TZ=Europe/Paris
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/home/dossier/dossier.jar"]
