import numpy as np


class BatchNorm2d:

    def __init__(self, numFeatures: int, eps: float, momentum: float):
        pass

    def setAffine(self, gamma: List[float], beta: List[float]) -> None:
        pass

    def forward(self, x: List[List[List[List[float]]]], training: bool) -> List[List[List[List[float]]]]:
        pass

    def runningMean(self) -> List[float]:
        pass

    def runningVar(self) -> List[float]:
        pass
