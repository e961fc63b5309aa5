# volumebot's published build on the .NET runtime, run as a non-root user, logs on the /data volume, keys from the
# environment (never baked into the image). Build from the repository root:
#   dotnet publish src/VolumeBot.Cli -c Release -o publish
#   docker build -t volumebot .
# then, per account: docker run --env-file account-1.env -v account-1-logs:/data volumebot --paper --max-cycles 5
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0
FROM ${RUNTIME_IMAGE}

COPY publish/ /app/
RUN mkdir -p /data/logs && chown -R 10001:10001 /data

# a fixed numeric user, so volume permissions are the same on every host
USER 10001:10001
WORKDIR /data
VOLUME /data
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# --metrics-port 9464 --metrics-host 0.0.0.0 serves /metrics to the container network
EXPOSE 9464
ENTRYPOINT ["dotnet", "/app/volumebot.dll"]
CMD ["--help"]
